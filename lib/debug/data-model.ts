/**
 * The models as the Prisma client knows them at run time: their fields, and which fields are
 * relations to which model. The findings name relations with it ("Author by id, once per
 * Article") and the call tracker knows which selected fields load a relation.
 */
export type Field = { name: string; kind: "scalar" | "object" | "enum"; type: string; relationName?: string };
export type DataModel = { models: Record<string, { fields: Field[] }> };

/** The client's own data model (Prisma keeps it as `_runtimeDataModel`); an empty one when it has none. */
export function dataModelOf(client: object): DataModel {
  const model = (client as { _runtimeDataModel?: DataModel })._runtimeDataModel;
  return model?.models ? model : { models: {} };
}

/** The relation fields of each model. */
export function relationFieldsOf(dataModel: DataModel): (model: string) => ReadonlySet<string> {
  const byModel = new Map<string, ReadonlySet<string>>();
  return (model) => {
    let fields = byModel.get(model);
    if (!fields) {
      fields = new Set((dataModel.models[model]?.fields ?? []).filter((f) => f.kind === "object").map((f) => f.name));
      byModel.set(model, fields);
    }
    return fields;
  };
}
