import type { DataModel, Field } from "./data-model";
import { GROWING_TABLES } from "./full-scans";
import type { PrismaCall } from "./query-record";

/**
 * What a repeated Prisma call was after, read off its model, its `where` and the client's data
 * model, so that a finding can say it in the code's own words: "Author by id, once per Article",
 * and the fix, `include: { author: true }` on the Article query.
 */
export type Repeat = {
  /** "Author by id, once per Article". */
  description: string;
  /** The model whose rows the repeated call is made for, once each. */
  parent: string;
  /** The relation field on the parent that loads the same rows with it. */
  relation: string;
};

function whereOf(call: PrismaCall): Record<string, unknown> {
  const where = (call.args as { where?: unknown } | undefined)?.where;
  return typeof where === "object" && where !== null ? (where as Record<string, unknown>) : {};
}

function fieldsOf(dataModel: DataModel, model: string): Field[] {
  return dataModel.models[model]?.fields ?? [];
}

/** The field on `model` that is the other side of `relationName`. */
function otherSide(dataModel: DataModel, model: string, relationName: string | undefined): Field | undefined {
  return fieldsOf(dataModel, model).find((f) => f.kind === "object" && f.relationName === relationName);
}

/**
 * The relation a repeated call walks, from the first key of its `where`:
 * - a relation field of the model (`Category` where `articles: { some: … }`): its other side (`Article.categories`);
 * - a foreign key (`Comment` where `articleId`): the relation it belongs to (`Comment.article`), and its other side (`Article.comments`);
 * - the id or another column (`Author` where `id`): the relation another model has to this one (`Article.author`).
 */
export function describeRepeat(call: PrismaCall): Repeat | null {
  const { model, dataModel } = call;
  if (!model) return null;
  const [key] = Object.keys(whereOf(call));
  if (!key) return null;
  const fields = fieldsOf(dataModel, model);
  const asRelation = fields.find((f) => f.name === key && f.kind === "object");
  const viaForeignKey = key.endsWith("Id") ? fields.find((f) => f.name === key.slice(0, -2) && f.kind === "object") : undefined;
  const own = asRelation ?? viaForeignKey;
  let parent: string | undefined;
  let relation: Field | undefined;
  if (own) {
    parent = own.type;
    relation = otherSide(dataModel, own.type, own.relationName);
  } else {
    for (const [name, { fields: candidates }] of Object.entries(dataModel.models)) {
      relation = candidates.find((f) => f.kind === "object" && f.type === model && name !== model);
      if (relation) {
        parent = name;
        break;
      }
    }
  }
  if (!parent || !relation) return null;
  return { description: `${model} by ${key}, once per ${parent}`, parent, relation: relation.name };
}

export function suggestEagerLoad({ parent, relation }: Repeat): string {
  return `\`include: { ${relation}: true }\` on the ${parent} query, or \`select: { ${relation}: { select: { … } } }\` for only the columns shown`;
}

/** The count the database keeps beside the parent (`Article.commentCount`), when it keeps one; null otherwise. */
export function suggestCounter(call: PrismaCall): string | null {
  const repeat = describeRepeat(call);
  if (!repeat || !call.model) return null;
  const name = `${call.model[0]!.toLowerCase()}${call.model.slice(1)}Count`;
  const kept = fieldsOf(call.dataModel, repeat.parent).find((f) => f.name === name && f.kind === "scalar");
  return kept ? `select \`${repeat.parent}.${kept.name}\`, the count the database keeps beside each ${repeat.parent}` : null;
}

/** Whether the model's table grows with the blog's content (lib/debug/full-scans.ts). */
export function isGrowing(model: string): boolean {
  return GROWING_TABLES.includes(model);
}

/**
 * Whether the call's `where` pins its rows to one parent row, by its id or a foreign key: the
 * comments of one article stay a handful however large the blog grows; the articles of a
 * category do not.
 */
export function pinsOneParent(call: PrismaCall): boolean {
  return Object.entries(whereOf(call)).some(
    ([key, value]) => (key === "id" || key.endsWith("Id")) && ["number", "string"].includes(typeof value),
  );
}

/**
 * Whether the call's `where` names its rows by primary key (`id: { in: ids }`, the outer query
 * of a deferred join): it reads at most as many rows as the list the code holds, however large
 * the table grows.
 */
export function namesItsRows(call: PrismaCall): boolean {
  const id = whereOf(call).id;
  return typeof id === "object" && id !== null && Array.isArray((id as { in?: unknown }).in);
}
