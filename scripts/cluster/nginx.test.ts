import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { NGINX_TEMPLATE, renderNginxConfig } from "./nginx";

const template = readFileSync(NGINX_TEMPLATE, "utf8");
const values = {
  prefix: "/tmp/x/nginx",
  port: 3000,
  instances: [
    { name: "app-1", port: 4001 },
    { name: "app-2", port: 4002 },
  ],
  user: null,
};
/** The configuration without its comments: what nginx reads. */
const directives = (config: string) => config.replace(/#.*$/gm, "");

describe("the cluster's nginx configuration", () => {
  it("should fill in every placeholder of the template", () => {
    assert.doesNotMatch(renderNginxConfig(template, values), /\{\{|\}\}/);
  });

  it("should list each instance in the upstream and route its debug requests to it by the id's prefix", () => {
    const config = directives(renderNginxConfig(template, values));
    assert.match(config, /server 127\.0\.0\.1:4001 max_fails=1 fail_timeout=2s;/);
    assert.match(config, /server 127\.0\.0\.1:4002 max_fails=1 fail_timeout=2s;/);
    assert.match(config, /"~\^\\\/__debug\\\/requests\\\/app\\-2\\\." 127\.0\.0\.1:4002;/);
  });

  it("should cache only what the origin marks cacheable, keyed on the mode cookie", () => {
    const config = directives(renderNginxConfig(template, values));
    assert.doesNotMatch(config, /proxy_cache_valid|proxy_ignore_headers/);
    assert.match(config, /proxy_cache_key "[^"]*\$fastblog_mode_cookie";/);
    assert.match(config, /fastblog-mode=/);
  });

  it("should name a worker user only when it is given one", () => {
    assert.doesNotMatch(directives(renderNginxConfig(template, values)), /^\s*user /m);
    assert.match(renderNginxConfig(template, { ...values, user: { name: "nobody", group: "nogroup" } }), /^user nobody nogroup;$/m);
  });

  it("should refuse a template with a placeholder it does not know", () => {
    assert.throws(() => renderNginxConfig("listen {{nope}};", values), /\{\{nope\}\}/);
  });
});
