import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseBenchOptions, UsageError } from "./options";
import { REPORT_DEFAULTS } from "./report-options";

const usageError = (message: RegExp) => (error: unknown) => error instanceof UsageError && message.test(error.message);

describe("the bench's command line", () => {
  it("should measure cached mode too with --modes naive,optimized,cached, in that order whatever the order given", () => {
    const options = parseBenchOptions(["--modes", "cached,Naive,optimized"]);
    assert.ok(options !== "help");
    assert.deepEqual(options.modes, ["naive", "optimized", "cached"]);
  });

  for (const bad of ["naive", "optimized,cached", "naive,optimized,turbo", ""]) {
    it(`should refuse --modes "${bad}", naming what it takes`, () => {
      assert.throws(() => parseBenchOptions(["--modes", bad]), usageError(/--modes takes naive,optimized or naive,optimized,cached/));
    });
  }

  it("should take an option's value after an equals sign or as the next word alike", () => {
    assert.deepEqual(parseBenchOptions(["--runs=3"]), parseBenchOptions(["--runs", "3"]));
    const options = parseBenchOptions([
      "--runs=3",
      "--profile",
      "slow-4g",
      "--routes=/,/articles",
      "--ablation",
      "--assert-speedup",
      "2.5",
    ]);
    assert.notEqual(options, "help");
    assert.deepEqual(options, {
      modes: ["naive", "optimized"],
      runs: 3,
      scale: 1,
      scaleCurve: null,
      profile: "slow-4g",
      routes: ["/", "/articles"],
      cpuSlowdown: 1,
      url: null,
      out: "bench-results",
      ablation: true,
      assertSpeedup: 2.5,
      database: { kind: "sqlite", url: null, latencyMs: 0 },
      ...REPORT_DEFAULTS,
    });
  });

  it("should keep the defaults when given nothing, and strip a trailing slash from --url", () => {
    assert.deepEqual(parseBenchOptions([]), {
      modes: ["naive", "optimized"],
      runs: 5,
      scale: 1,
      scaleCurve: null,
      profile: "cable",
      routes: ["/"],
      cpuSlowdown: 1,
      url: null,
      out: "bench-results",
      ablation: false,
      assertSpeedup: null,
      database: { kind: "sqlite", url: null, latencyMs: 0 },
      ...REPORT_DEFAULTS,
    });
    assert.equal((parseBenchOptions(["--url=http://localhost:3000/"]) as { url: string }).url, "http://localhost:3000");
  });

  it("should answer --help or -h with the usage, unless an earlier option was wrong", () => {
    assert.equal(parseBenchOptions(["--help"]), "help");
    assert.equal(parseBenchOptions(["--runs", "2", "-h"]), "help");
    assert.throws(() => parseBenchOptions(["--runs", "0", "--help"]), usageError(/--runs/));
  });

  it("should name the option and what it allows when a value is bad", () => {
    assert.throws(() => parseBenchOptions(["--runs", "0"]), usageError(/^--runs needs a positive whole number; got "0"\.$/));
    assert.throws(() => parseBenchOptions(["--runs=2.5"]), usageError(/^--runs needs a positive whole number; got "2\.5"\.$/));
    assert.throws(() => parseBenchOptions(["--runs"]), usageError(/^--runs needs a positive whole number; got nothing\.$/));
    assert.throws(() => parseBenchOptions(["--profile=fast"]), usageError(/^--profile must be one of none, cable, slow-4g; got "fast"\.$/));
    assert.throws(
      () => parseBenchOptions(["--routes", "x"]),
      usageError(/^--routes takes paths that start with "\/", or "all"; got "x"\.$/),
    );
    assert.throws(() => parseBenchOptions(["--out="]), usageError(/^--out needs a folder\.$/));
    assert.throws(() => parseBenchOptions(["--ablation=yes"]), usageError(/^--ablation takes no value; got "yes"\.$/));
  });

  it("should reject an unknown flag or a stray word by name", () => {
    assert.throws(() => parseBenchOptions(["--bogus"]), usageError(/^Unknown option "--bogus"\. See npm run bench -- --help\.$/));
    assert.throws(() => parseBenchOptions(["--bogus=1"]), usageError(/^Unknown option "--bogus"\./));
    assert.throws(() => parseBenchOptions(["foo"]), usageError(/^Unknown option "foo"\./));
    assert.throws(() => parseBenchOptions(["--"]), usageError(/^Unknown option "--"\./));
  });

  it("should read a seed scale and a scale curve, and refuse one out of order or too large", () => {
    const options = parseBenchOptions(["--scale=10", "--scale-curve", "1,10,100,1000"]);
    assert.ok(options !== "help");
    assert.equal(options.scale, 10);
    assert.deepEqual(options.scaleCurve, [1, 10, 100, 1000]);
    assert.equal(options.runs, 31, "the scale curve's own default");
    const given = parseBenchOptions(["--scale-curve", "1,10", "--runs", "7"]);
    assert.ok(given !== "help" && given.runs === 7);
    const asDefault = parseBenchOptions(["--runs=5", "--scale-curve", "1,10"]);
    assert.ok(asDefault !== "help" && asDefault.runs === 5, "--runs given as the bench's default still counts as given");
    assert.throws(() => parseBenchOptions(["--scale-curve", "10,1"]), usageError(/increasing order/));
    assert.throws(
      () => parseBenchOptions(["--scale-curve", "1,10", "--database-url", "postgresql://u@localhost/blog"]),
      usageError(/--database-url is one database/),
    );
    const one = parseBenchOptions(["--scale-curve", "10", "--database-url", "postgresql://u@localhost/blog"]);
    assert.ok(one !== "help" && one.scaleCurve?.length === 1);
    assert.throws(() => parseBenchOptions(["--scale-curve", "1,x"]), usageError(/--scale-curve needs a positive whole number/));
    assert.throws(() => parseBenchOptions(["--scale", "20000"]), usageError(/--scale goes up to 10000/));
  });

  it("should choose PostgreSQL with --db postgres or --database-url, and take a latency for its round trips", () => {
    const database = (argv: string[]) => (parseBenchOptions(argv) as { database: unknown }).database;
    assert.deepEqual(database(["--db", "postgres", "--db-latency", "1"]), { kind: "postgres", url: null, latencyMs: 1 });
    assert.deepEqual(database(["--db-latency=0.5", "--db=postgres"]), { kind: "postgres", url: null, latencyMs: 0.5 });
    assert.deepEqual(database(["--database-url", "postgresql://u:p@db:5432/blog"]), {
      kind: "postgres",
      url: "postgresql://u:p@db:5432/blog",
      latencyMs: 0,
    });
    assert.deepEqual(database(["--db", "sqlite"]), { kind: "sqlite", url: null, latencyMs: 0 });
  });

  it("should refuse a database option that cannot apply, and say why", () => {
    assert.throws(() => parseBenchOptions(["--db", "mysql"]), usageError(/^--db must be sqlite or postgres; got "mysql"\.$/));
    assert.throws(
      () => parseBenchOptions(["--db-latency", "-1", "--db", "postgres"]),
      usageError(/^--db-latency needs milliseconds from 0 to 10000/),
    );
    assert.throws(
      () => parseBenchOptions(["--db-latency", "1"]),
      usageError(/^--db-latency delays the round trips to PostgreSQL.*add --db postgres\.$/),
    );
    assert.throws(() => parseBenchOptions(["--database-url", "mysql://x"]), usageError(/^--database-url needs a PostgreSQL URL/));
    assert.throws(
      () => parseBenchOptions(["--db", "sqlite", "--database-url", "postgresql://db/blog"]),
      usageError(/^--database-url is a PostgreSQL; it cannot go with --db sqlite\.$/),
    );
    assert.throws(
      () => parseBenchOptions(["--url", "http://localhost:3000", "--db", "postgres"]),
      usageError(/^--db choose the database of a server the command starts; with --url, the running server has its own\.$/),
    );
  });

  it("should read Lighthouse, budget, compare and trace options, in either spelling", () => {
    const options = parseBenchOptions(["--lighthouse", "--lighthouse-runs=1", "--budget", "b.json", "--compare=old.json", "--trace"]);
    assert.ok(options !== "help");
    assert.deepEqual(
      [options.lighthouse, options.lighthouseRuns, options.budget, options.compare, options.trace],
      ["mobile", 1, "b.json", "old.json", true],
    );
    assert.equal((parseBenchOptions(["--lighthouse-preset", "desktop", "--lighthouse"]) as { lighthouse: string }).lighthouse, "desktop");
    assert.throws(
      () => parseBenchOptions(["--lighthouse-preset=tablet"]),
      usageError(/^--lighthouse-preset must be mobile or desktop; got "tablet"\.$/),
    );
    assert.throws(() => parseBenchOptions(["--lighthouse-runs", "0"]), usageError(/^--lighthouse-runs needs a whole number from 1 to 50/));
    assert.throws(() => parseBenchOptions(["--budget="]), usageError(/^--budget needs a file\.$/));
    assert.throws(() => parseBenchOptions(["--trace=yes"]), usageError(/^--trace takes no value/));
  });
});
