// The secrets section of the eval: labelled snippets of code and configuration that leak
// provider tokens, private keys, passwords and generic secrets, built deterministically.
//
// Every value is placed in several kinds of file (.env, YAML, JSON, JS, Python, Go, Java, shell,
// TOML, XML, a Jupyter notebook), next to the variable name a developer would give it; its span is
// recorded as it is appended, so labels are exact. `type` is the rule expected to find it (provider
// formats) or the kind of value (password-*, private-key-*...).
import { SECRET_FORMATS } from './secret-formats/index.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64url = (s) => Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** A text built left to right; value() records a label for what it appends. */
class Doc {
  constructor() {
    this.text = '';
    this.spans = [];
  }

  add(s) {
    this.text += s;
    return this;
  }

  /** Appends `v`, labelled with entity and type unless entity is null (a filler). */
  value(v, entity, type, alt) {
    if (entity === null) return this.add(v);
    this.spans.push({ start: this.text.length, end: this.text.length + v.length, entity, type, ...(alt ? { alt } : {}) });
    this.text += v;
    return this;
  }
}

// How each kind of file writes `key = value` (the value labelled; JSON-escaped where needed).
const CONTEXTS = {
  env: (d, key, v, e, t) => d.add(`${key.toUpperCase()}=`).value(v, e, t).add('\n'),
  yaml: (d, key, v, e, t) => d.add(`  ${key.toLowerCase()}: "`).value(v, e, t).add('"\n'),
  json: (d, key, v, e, t) => d.add(`  "${camel(key)}": "`).value(JSON.stringify(v).slice(1, -1), e, t).add('",\n'),
  js: (d, key, v, e, t) => d.add(`const ${camel(key)} = '`).value(v, e, t).add("';\n"),
  py: (d, key, v, e, t) => d.add(`${key.toUpperCase()} = "`).value(v, e, t).add('"\n'),
  go: (d, key, v, e, t) => d.add(`\t${camel(key)} := "`).value(v, e, t).add('"\n'),
  java: (d, key, v, e, t) => d.add(`    private static final String ${key.toUpperCase()} = "`).value(v, e, t).add('";\n'),
  sh: (d, key, v, e, t) => d.add(`export ${key.toUpperCase()}="`).value(v, e, t).add('"\n'),
  toml: (d, key, v, e, t) => d.add(`${key.toLowerCase()} = "`).value(v, e, t).add('"\n'),
  xml: (d, key, v, e, t) => d.add(`  <add key="${camel(key)}" value="`).value(v, e, t).add('"/>\n'),
  // A notebook cell: the source line is a JSON string inside the cell's "source" array.
  ipynb: (d, key, v, e, t) => d.add(`    "${key.toUpperCase()} = '`).value(JSON.stringify(v).slice(1, -1), e, t).add("'\\n\",\n"),
};
const CONTEXT_NAMES = Object.keys(CONTEXTS);

function camel(key) {
  return key.toLowerCase().replace(/[_-]+([a-z0-9])/g, (_, c) => c.toUpperCase());
}

const HEADERS = {
  env: '# service configuration\nNODE_ENV=production\nPORT=8080\n',
  yaml: 'service:\n  name: billing\n  replicas: 2\n',
  json: '{\n  "name": "billing",\n  "retries": 3,\n',
  js: "import { createClient } from './client.js';\n\n",
  py: 'import os\nimport requests\n\nTIMEOUT = 30\n',
  go: 'package config\n\nfunc load() {\n',
  java: 'public final class Config {\n',
  sh: '#!/bin/sh\nset -eu\n',
  toml: '[service]\nname = "billing"\n',
  xml: '<?xml version="1.0"?>\n<configuration>\n <appSettings>\n',
  ipynb: '{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import os\\n",\n',
};
const FOOTERS = {
  env: 'LOG_LEVEL=info\n', yaml: '  timeout: 30\n', json: '  "debug": false\n}\n', js: '\nexport default createClient;\n',
  py: '\nsession = requests.Session()\n', go: '}\n', java: '}\n', sh: 'exec "$@"\n', toml: 'debug = false\n',
  xml: ' </appSettings>\n</configuration>\n', ipynb: '    "client = connect()"\n   ]\n  }\n ],\n "nbformat": 4\n}\n',
};

// --- values that are not provider formats -------------------------------------------------------

function pemBody(f, bytes) {
  const chars = f.string.fromCharacters(B64, Math.ceil((bytes * 4) / 3));
  return chars.match(/.{1,64}/g).join('\n');
}

const PEM_KINDS = ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'DSA PRIVATE KEY'];

function otherValues(f) {
  const pass = () => f.internet.password({ length: f.number.int({ min: 10, max: 18 }), memorable: false, pattern: /[A-Za-z0-9!#%&*+?@^~]/ });
  const kind = f.helpers.arrayElement(PEM_KINDS);
  const jwtHeader = b64url(JSON.stringify({ alg: f.helpers.arrayElement(['HS256', 'RS256', 'ES256']), typ: 'JWT' }));
  const jwtBody = b64url(JSON.stringify({ sub: f.string.numeric(8), name: f.person.fullName(), iat: 1700000000 + f.number.int(9999999) }));
  const host = f.helpers.arrayElement(['db.internal', '10.0.3.17', 'prod-db.eu-west-1.rds.amazonaws.com', 'cache', 'mq.internal']);
  return {
    pem: { entity: 'PRIVATE_KEY', type: 'private-key-pem', key: 'tls_key', block: `-----BEGIN ${kind}-----\n${pemBody(f, f.number.int({ min: 120, max: 400 }))}\n-----END ${kind}-----` },
    pemEscaped: { entity: 'PRIVATE_KEY', type: 'private-key-escaped', key: 'private_key', value: `-----BEGIN PRIVATE KEY-----\\n${pemBody(f, 200).replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n` },
    age: { entity: 'PRIVATE_KEY', type: 'age-secret-key', key: 'sops_age_key', value: `AGE-SECRET-KEY-1${f.string.fromCharacters('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}` },
    password: { entity: 'PASSWORD', type: 'password-assignment', key: f.helpers.arrayElement(['db_password', 'smtp_pass', 'admin_password', 'ldap_passwd', 'redis_password']), value: pass() },
    connection: (() => {
      const p = pass().replace(/[@/:?#%]/g, 'x');
      const scheme = f.helpers.arrayElement(['postgres', 'postgresql', 'mysql', 'mongodb', 'mongodb+srv', 'redis', 'amqp', 'ftp', 'ldap']);
      const user = f.internet.username().replace(/[^A-Za-z0-9_]/g, '').toLowerCase() || 'app';
      return { entity: 'PASSWORD', type: 'connection-string', key: 'database_url', prefix: `${scheme}://${user}:`, value: p, suffix: `@${host}/app` };
    })(),
    basic: (() => {
      const user = f.internet.username().replace(/[^A-Za-z0-9_]/g, '').toLowerCase() || 'deploy';
      return { entity: 'PASSWORD', type: 'authorization-basic', value: Buffer.from(`${user}:${pass()}`).toString('base64') };
    })(),
    bearer: { entity: 'SECRET', type: 'authorization-bearer', value: f.string.alphanumeric({ length: f.number.int({ min: 24, max: 40 }), casing: 'mixed' }) },
    curl: { entity: 'PASSWORD', type: 'curl-user-password', user: f.internet.username().replace(/[^A-Za-z0-9_]/g, '').toLowerCase() || 'ci', value: pass().replace(/['"\s]/g, 'x') },
    jwt: { entity: 'SECRET', type: 'jwt', key: 'session_token', value: `${jwtHeader}.${jwtBody}.${f.string.fromCharacters(B64URL, 43)}` },
    generic: { entity: 'SECRET', type: 'generic-secret', key: f.helpers.arrayElement(['api_key', 'client_secret', 'secret_key', 'access_token', 'signing_key']),
      value: f.datatype.boolean() ? f.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' }) : f.string.alphanumeric({ length: 32, casing: 'mixed' }) },
  };
}

// --- documents -----------------------------------------------------------------------------------

/** Provider tokens: every format in every fourth kind of file, starting at a rotating one. */
export function providerDocuments(f, seedBase) {
  const docs = [];
  SECRET_FORMATS.forEach((fmt, i) => {
    for (let k = 0; k < 4; k++) {
      const ctx = CONTEXT_NAMES[(i + k * 3) % CONTEXT_NAMES.length];
      f.seed(seedBase + i * 10 + k);
      const d = new Doc().add(HEADERS[ctx]);
      CONTEXTS[ctx](d, 'timeout_ms', String(f.number.int({ min: 100, max: 9000 })), null, null);
      CONTEXTS[ctx](d, fmt.key, fmt.make(f), 'SECRET', fmt.rule);
      d.add(FOOTERS[ctx]);
      docs.push({ id: `secret-${fmt.rule}-${ctx}`, kind: ctx, provider: fmt.provider, text: d.text, spans: d.spans });
    }
  });
  return docs;
}

/** Private keys, passwords, connection strings, headers, JWTs and generic secrets. */
export function credentialDocuments(f, seedBase, count = 24) {
  const docs = [];
  for (let i = 0; i < count; i++) {
    f.seed(seedBase + i);
    const v = otherValues(f);
    const ctx = CONTEXT_NAMES[i % CONTEXT_NAMES.length];
    const d = new Doc().add(HEADERS[ctx]);
    CONTEXTS[ctx](d, v.password.key, v.password.value, v.password.entity, v.password.type);
    CONTEXTS[ctx](d, v.generic.key, v.generic.value, v.generic.entity, v.generic.type);
    CONTEXTS[ctx](d, v.jwt.key, v.jwt.value, v.jwt.entity, v.jwt.type);
    CONTEXTS[ctx](d, v.age.key, v.age.value, v.age.entity, v.age.type);
    d.add(FOOTERS[ctx]);
    docs.push({ id: `credentials-${ctx}-${i}`, kind: ctx, text: d.text, spans: d.spans });

    // A deployment note: a PEM block, a connection string, an HTTP header and a curl call.
    const n = new Doc().add('# Deploy notes\n\nThe staging database:\n\n    DATABASE_URL=');
    n.add(v.connection.prefix).value(v.connection.value, v.connection.entity, v.connection.type, ['URL']).add(`${v.connection.suffix}\n\nCall the API with\n\n`);
    n.add('    curl -s -H "Authorization: Basic ').value(v.basic.value, v.basic.entity, v.basic.type).add('" https://api.internal/v1/jobs\n');
    n.add('    curl -H "Authorization: Bearer ').value(v.bearer.value, v.bearer.entity, v.bearer.type).add('" https://api.internal/v1/me\n');
    n.add(`    curl -u ${v.curl.user}:`).value(v.curl.value, v.curl.entity, v.curl.type).add(' https://ci.internal/api/json\n\nThe TLS key:\n\n');
    n.value(v.pem.block, v.pem.entity, v.pem.type).add('\n\nIn the service account file:\n\n');
    n.add('{"type": "service_account", "private_key": "').value(v.pemEscaped.value, v.pemEscaped.entity, v.pemEscaped.type).add('"}\n');
    docs.push({ id: `deploy-notes-${i}`, kind: 'markdown', text: n.text, spans: n.spans });
  }
  return docs;
}

/** The whole secrets corpus, in a fixed order. `f` is a faker instance (its seed is set here). */
export function secretDocuments(f, seedBase) {
  return [...providerDocuments(f, seedBase), ...credentialDocuments(f, seedBase + 500000)];
}

/** The rule ids of the provider formats (their recall is the target of 0.98). */
export const PROVIDER_RULES = new Set(SECRET_FORMATS.map((s) => s.rule));
