// Generators for the rules in rules/secrets-cloud.json: cloud platforms, code hosting, package registries,
// CI/CD, observability and AI providers. Each make(f) uses only the seeded faker instance `f`.
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const LOWNUM = LOWER + DIGITS;
const UPNUM = UPPER + DIGITS;
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '_-';
const B32 = 'abcdefghijklmnopqrstuvwxyz234567';

const chars = (f, set, n) => f.string.fromCharacters(set, n);
const hex = (f, n) => f.string.hexadecimal({ length: n, casing: 'lower', prefix: '' });
const alnum = (f, n) => f.string.alphanumeric({ length: n, casing: 'mixed' });
const uuid = (f) => f.string.uuid();
const b64json = (f, obj) => btoa(JSON.stringify(obj));
const sasSig = (f) => chars(f, B64, 43).replace(/\+/g, '%2B').replace(/\//g, '%2F') + '%3D';

export default [
  // AWS
  { rule: 'aws-secret-access-key', provider: 'AWS', key: 'AWS_SECRET_ACCESS_KEY', make: (f) => chars(f, B64, 40) },
  {
    rule: 'aws-session-token', provider: 'AWS', key: 'AWS_SESSION_TOKEN',
    make: (f) => f.helpers.arrayElement(['IQoJb3JpZ2luX2VjE', 'FwoGZXIvYXdzE']) + chars(f, B64, f.number.int({ min: 300, max: 600 })),
  },
  // Google Cloud, Firebase
  { rule: 'gcp-api-key', provider: 'Google Cloud', key: 'GOOGLE_API_KEY', make: (f) => 'AIza' + chars(f, B64URL, 35) },
  { rule: 'gcp-service-account-key-id', provider: 'Google Cloud', key: 'private_key_id', make: (f) => hex(f, 40) },
  { rule: 'gcp-oauth-client-secret', provider: 'Google Cloud', key: 'GOOGLE_CLIENT_SECRET', make: (f) => 'GOCSPX-' + chars(f, B64URL, 28) },
  { rule: 'gcp-oauth-access-token', provider: 'Google Cloud', key: 'GOOGLE_ACCESS_TOKEN', make: (f) => 'ya29.' + chars(f, B64URL, f.number.int({ min: 120, max: 200 })) },
  {
    rule: 'firebase-cloud-messaging-server-key', provider: 'Firebase', key: 'FCM_SERVER_KEY',
    make: (f) => 'AAAA' + chars(f, B64URL, 7) + ':APA91b' + chars(f, B64URL, 134),
  },
  // Azure
  { rule: 'azure-storage-account-key', provider: 'Azure', key: 'AZURE_STORAGE_KEY', make: (f) => chars(f, B64, 86) + '==' },
  { rule: 'azure-shared-access-key', provider: 'Azure', key: 'SERVICEBUS_SHARED_ACCESS_KEY', make: (f) => chars(f, B64, 43) + '=' },
  {
    rule: 'azure-sas-signature', provider: 'Azure', key: 'AZURE_STORAGE_SAS_TOKEN',
    make: (f) => {
      const expiry = f.date.between({ from: '2025-01-01T00:00:00Z', to: '2027-12-31T00:00:00Z' }).toISOString().slice(0, 19) + 'Z';
      return `sv=2022-11-02&ss=${f.helpers.arrayElement(['b', 'bf', 'bfqt'])}&srt=${f.helpers.arrayElement(['o', 'co', 'sco'])}&sp=${f.helpers.arrayElement(['r', 'rl', 'rwdlac'])}&se=${expiry}&spr=https&sig=${sasSig(f)}`;
    },
  },
  {
    rule: 'azure-ad-client-secret', provider: 'Azure', key: 'AZURE_CLIENT_SECRET',
    make: (f) => chars(f, ALNUM, 3) + chars(f, DIGITS, 1) + 'Q~' + chars(f, ALNUM + '_~.-', 34),
  },
  {
    rule: 'azure-devops-pat', provider: 'Azure DevOps', key: 'AZURE_DEVOPS_PAT',
    make: (f) => f.helpers.arrayElement([chars(f, B32, 52), alnum(f, 76) + 'AZDO' + alnum(f, 4)]),
  },
  { rule: 'azure-openai-api-key', provider: 'Azure OpenAI', key: 'AZURE_OPENAI_API_KEY', make: (f) => hex(f, 32) },
  // DigitalOcean
  { rule: 'digitalocean-pat', provider: 'DigitalOcean', key: 'DIGITALOCEAN_TOKEN', make: (f) => 'dop_v1_' + hex(f, 64) },
  { rule: 'digitalocean-oauth-token', provider: 'DigitalOcean', key: 'DIGITALOCEAN_ACCESS_TOKEN', make: (f) => 'doo_v1_' + hex(f, 64) },
  { rule: 'digitalocean-refresh-token', provider: 'DigitalOcean', key: 'DIGITALOCEAN_REFRESH_TOKEN', make: (f) => 'dor_v1_' + hex(f, 64) },
  // Alibaba, Tencent, IBM, Oracle
  { rule: 'alibaba-access-key-id', provider: 'Alibaba Cloud', key: 'ALIBABA_CLOUD_ACCESS_KEY_ID', make: (f) => 'LTAI' + alnum(f, f.helpers.arrayElement([16, 20])) },
  { rule: 'alibaba-access-key-secret', provider: 'Alibaba Cloud', key: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', make: (f) => alnum(f, 30) },
  { rule: 'tencent-cloud-secret-id', provider: 'Tencent Cloud', key: 'TENCENTCLOUD_SECRET_ID', make: (f) => 'AKID' + alnum(f, 32) },
  { rule: 'ibm-cloud-api-key', provider: 'IBM Cloud', key: 'IBMCLOUD_API_KEY', make: (f) => chars(f, B64URL, 44) },
  {
    rule: 'oracle-oci-ocid', provider: 'Oracle Cloud', key: 'OCI_USER_OCID',
    make: (f) => `ocid1.${f.helpers.arrayElement(['user', 'tenancy'])}.oc1..aaaaaaaa${chars(f, LOWNUM, 52)}`,
  },
  // Cloudflare
  { rule: 'cloudflare-api-token', provider: 'Cloudflare', key: 'CLOUDFLARE_API_TOKEN', make: (f) => chars(f, B64URL, 40) },
  { rule: 'cloudflare-global-api-key', provider: 'Cloudflare', key: 'CLOUDFLARE_API_KEY', make: (f) => hex(f, 37) },
  { rule: 'cloudflare-origin-ca-key', provider: 'Cloudflare', key: 'CF_ORIGIN_CA_KEY', make: (f) => `v1.0-${hex(f, 24)}-${hex(f, 146)}` },
  // Platforms as a service
  { rule: 'heroku-api-key', provider: 'Heroku', key: 'HEROKU_API_KEY', make: (f) => 'HRKU-AA' + chars(f, B64URL, 58) },
  { rule: 'heroku-api-key-legacy', provider: 'Heroku', key: 'HEROKU_API_KEY', make: (f) => uuid(f) },
  { rule: 'fastly-api-token', provider: 'Fastly', key: 'FASTLY_API_TOKEN', make: (f) => chars(f, B64URL, 32) },
  { rule: 'vercel-token', provider: 'Vercel', key: 'VERCEL_TOKEN', make: (f) => alnum(f, 24) },
  { rule: 'netlify-pat', provider: 'Netlify', key: 'NETLIFY_AUTH_TOKEN', make: (f) => 'nfp_' + alnum(f, 40) },
  { rule: 'netlify-token-legacy', provider: 'Netlify', key: 'NETLIFY_AUTH_TOKEN', make: (f) => chars(f, B64URL, 43) },
  { rule: 'supabase-access-token', provider: 'Supabase', key: 'SUPABASE_ACCESS_TOKEN', make: (f) => 'sbp_' + hex(f, 40) },
  { rule: 'supabase-secret-key', provider: 'Supabase', key: 'SUPABASE_SECRET_KEY', make: (f) => 'sb_secret_' + chars(f, B64URL, 31) },
  { rule: 'planetscale-api-token', provider: 'PlanetScale', key: 'PLANETSCALE_SERVICE_TOKEN', make: (f) => 'pscale_tkn_' + chars(f, B64URL, 43) },
  { rule: 'planetscale-password', provider: 'PlanetScale', key: 'DATABASE_PASSWORD', make: (f) => 'pscale_pw_' + chars(f, B64URL, 43) },
  { rule: 'planetscale-oauth-token', provider: 'PlanetScale', key: 'PLANETSCALE_OAUTH_TOKEN', make: (f) => 'pscale_oauth_' + chars(f, B64URL, 43) },
  { rule: 'flyio-access-token', provider: 'Fly.io', key: 'FLY_API_TOKEN', make: (f) => 'fo1_' + chars(f, B64URL, 43) },
  { rule: 'flyio-macaroon-token', provider: 'Fly.io', key: 'FLY_API_TOKEN', make: (f) => 'FlyV1 fm2_lJPE' + chars(f, B64, 240) },
  { rule: 'render-api-key', provider: 'Render', key: 'RENDER_API_KEY', make: (f) => 'rnd_' + alnum(f, 32) },
  { rule: 'railway-token', provider: 'Railway', key: 'RAILWAY_TOKEN', make: (f) => uuid(f) },
  { rule: 'linode-token', provider: 'Linode (Akamai)', key: 'LINODE_TOKEN', make: (f) => hex(f, 64) },
  { rule: 'scaleway-secret-key', provider: 'Scaleway', key: 'SCW_SECRET_KEY', make: (f) => uuid(f) },
  { rule: 'hetzner-cloud-token', provider: 'Hetzner', key: 'HCLOUD_TOKEN', make: (f) => alnum(f, 64) },
  { rule: 'vultr-api-key', provider: 'Vultr', key: 'VULTR_API_KEY', make: (f) => chars(f, UPNUM, 36) },
  { rule: 'yandex-cloud-api-key', provider: 'Yandex Cloud', key: 'YC_API_KEY', make: (f) => 'AQVN' + chars(f, B64URL, 36) },
  { rule: 'yandex-cloud-iam-token', provider: 'Yandex Cloud', key: 'YC_IAM_TOKEN', make: (f) => `t1.${chars(f, B64URL, 160)}.${chars(f, B64URL, 86)}` },
  { rule: 'databricks-token', provider: 'Databricks', key: 'DATABRICKS_TOKEN', make: (f) => 'dapi' + hex(f, 32) },
  { rule: 'openshift-user-token', provider: 'Red Hat OpenShift', key: 'OPENSHIFT_TOKEN', make: (f) => 'sha256~' + chars(f, B64URL, 43) },
  { rule: 'scalingo-api-token', provider: 'Scalingo', key: 'SCALINGO_API_TOKEN', make: (f) => 'tk-us-' + chars(f, B64URL, 48) },
  // GitLab and other code hosting
  {
    rule: 'gitlab-pat', provider: 'GitLab', key: 'GITLAB_TOKEN',
    make: (f) => f.helpers.arrayElement([
      'glpat-' + chars(f, B64URL, 20),
      `glpat-${chars(f, B64URL, 36)}.01${chars(f, LOWNUM, 7)}`,
    ]),
  },
  { rule: 'gitlab-deploy-token', provider: 'GitLab', key: 'GITLAB_DEPLOY_TOKEN', make: (f) => 'gldt-' + chars(f, B64URL, 20) },
  { rule: 'gitlab-scim-token', provider: 'GitLab', key: 'GITLAB_SCIM_TOKEN', make: (f) => 'glsoat-' + chars(f, B64URL, 20) },
  { rule: 'gitlab-feed-token', provider: 'GitLab', key: 'GITLAB_FEED_TOKEN', make: (f) => 'glft-' + chars(f, B64URL, 20) },
  { rule: 'gitlab-incoming-mail-token', provider: 'GitLab', key: 'GITLAB_INCOMING_EMAIL_TOKEN', make: (f) => 'glimt-' + chars(f, B64URL, 25) },
  { rule: 'gitlab-agent-token', provider: 'GitLab', key: 'GITLAB_AGENT_TOKEN', make: (f) => 'glagent-' + chars(f, B64URL, 50) },
  { rule: 'gitlab-feature-flag-token', provider: 'GitLab', key: 'UNLEASH_API_TOKEN', make: (f) => 'glffct-' + chars(f, B64URL, 20) },
  { rule: 'gitlab-oauth-app-secret', provider: 'GitLab', key: 'GITLAB_OAUTH_SECRET', make: (f) => 'gloas-' + chars(f, B64URL, 64) },
  {
    rule: 'gitlab-runner-token', provider: 'GitLab', key: 'CI_RUNNER_TOKEN',
    make: (f) => f.helpers.arrayElement([
      'glrt-' + chars(f, B64URL, 20),
      `glrt-t1_${chars(f, B64URL, 27)}.01${chars(f, LOWNUM, 7)}`,
    ]),
  },
  { rule: 'gitlab-runner-registration-token', provider: 'GitLab', key: 'REGISTRATION_TOKEN', make: (f) => 'GR1348941' + chars(f, B64URL, 20) },
  { rule: 'gitlab-ci-job-token', provider: 'GitLab', key: 'CI_JOB_TOKEN', make: (f) => `glcbt-${hex(f, 2)}_${chars(f, B64URL, 20)}` },
  { rule: 'gitlab-pipeline-trigger-token', provider: 'GitLab', key: 'GITLAB_TRIGGER_TOKEN', make: (f) => 'glptt-' + hex(f, 40) },
  { rule: 'gitlab-session-cookie', provider: 'GitLab', key: 'GITLAB_SESSION', make: (f) => '_gitlab_session=' + chars(f, LOWNUM, 32) },
  { rule: 'bitbucket-app-password', provider: 'Bitbucket', key: 'BITBUCKET_APP_PASSWORD', make: (f) => 'ATBB' + alnum(f, 32) },
  {
    rule: 'sourcegraph-access-token', provider: 'Sourcegraph', key: 'SRC_ACCESS_TOKEN',
    make: (f) => f.helpers.arrayElement(['sgp_', `sgp_${hex(f, 16)}_`, 'sgp_local_']) + hex(f, 40),
  },
  // Package registries
  { rule: 'npm-access-token', provider: 'npm', key: 'NPM_TOKEN', make: (f) => 'npm_' + alnum(f, 36) },
  {
    rule: 'pypi-upload-token', provider: 'PyPI', key: 'TWINE_PASSWORD',
    make: (f) => 'pypi-AgEIcHlwaS5vcmc' + 'CJ' + chars(f, B64URL, f.number.int({ min: 120, max: 180 })),
  },
  { rule: 'dockerhub-pat', provider: 'Docker Hub', key: 'DOCKERHUB_TOKEN', make: (f) => 'dckr_pat_' + chars(f, B64URL, 27) },
  { rule: 'nuget-api-key', provider: 'NuGet', key: 'NUGET_API_KEY', make: (f) => 'oy2' + chars(f, LOWNUM, 43) },
  { rule: 'rubygems-api-key', provider: 'RubyGems', key: 'GEM_HOST_API_KEY', make: (f) => 'rubygems_' + hex(f, 48) },
  { rule: 'crates-io-token', provider: 'crates.io', key: 'CARGO_REGISTRY_TOKEN', make: (f) => 'cio' + alnum(f, 32) },
  { rule: 'jfrog-api-key', provider: 'JFrog Artifactory', key: 'ARTIFACTORY_API_KEY', make: (f) => 'AKCp' + alnum(f, 69) },
  { rule: 'jfrog-reference-token', provider: 'JFrog Artifactory', key: 'JFROG_ACCESS_TOKEN', make: (f) => 'cmVmdGtuOjAxOj' + alnum(f, 50) },
  // CI/CD
  {
    rule: 'circleci-token', provider: 'CircleCI', key: 'CIRCLECI_TOKEN',
    make: (f) => `${f.helpers.arrayElement(['CCIPAT_', 'CCIPRJ_'])}${alnum(f, 22)}_${hex(f, 40)}`,
  },
  { rule: 'circleci-legacy-token', provider: 'CircleCI', key: 'CIRCLE_TOKEN', make: (f) => hex(f, 40) },
  { rule: 'travis-ci-token', provider: 'Travis CI', key: 'TRAVIS_API_TOKEN', make: (f) => alnum(f, 22) },
  { rule: 'buildkite-token', provider: 'Buildkite', key: 'BUILDKITE_API_TOKEN', make: (f) => 'bkua_' + hex(f, 40) },
  {
    rule: 'harness-token', provider: 'Harness', key: 'HARNESS_API_KEY',
    make: (f) => `${f.helpers.arrayElement(['pat', 'sat'])}.${chars(f, B64URL, 22)}.${hex(f, 24)}.${alnum(f, 20)}`,
  },
  { rule: 'octopus-deploy-api-key', provider: 'Octopus Deploy', key: 'OCTOPUS_API_KEY', make: (f) => 'API-' + chars(f, UPNUM, 26) },
  { rule: 'codecov-token', provider: 'Codecov', key: 'CODECOV_TOKEN', make: (f) => uuid(f) },
  // Infrastructure as code, secret managers
  {
    rule: 'terraform-cloud-token', provider: 'HashiCorp Terraform Cloud', key: 'TFE_TOKEN',
    make: (f) => `${alnum(f, 14)}.atlasv1.${chars(f, B64URL, 67)}`,
  },
  {
    rule: 'vault-service-token', provider: 'HashiCorp Vault', key: 'VAULT_TOKEN',
    make: (f) => 'hvs.' + f.helpers.arrayElement([alnum(f, 24), 'CAESI' + chars(f, B64URL, 90)]),
  },
  { rule: 'vault-batch-token', provider: 'HashiCorp Vault', key: 'VAULT_TOKEN', make: (f) => 'hvb.AAAAAQ' + chars(f, B64URL, 140) },
  { rule: 'pulumi-access-token', provider: 'Pulumi', key: 'PULUMI_ACCESS_TOKEN', make: (f) => 'pul-' + hex(f, 40) },
  { rule: 'doppler-personal-token', provider: 'Doppler', key: 'DOPPLER_TOKEN', make: (f) => 'dp.pt.' + alnum(f, 43) },
  {
    rule: 'doppler-service-token', provider: 'Doppler', key: 'DOPPLER_TOKEN',
    make: (f) => f.helpers.arrayElement(['dp.st.', 'dp.st.prd.', 'dp.sa.']) + alnum(f, 43),
  },
  // Observability
  {
    rule: 'sentry-org-token', provider: 'Sentry', key: 'SENTRY_AUTH_TOKEN',
    make: (f) => {
      const payload = { iat: f.number.int({ min: 1690000000, max: 1760000000 }) + 0.25, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: f.internet.domainWord() };
      return `sntrys_${b64json(f, payload)}_${chars(f, B64, 43)}`;
    },
  },
  { rule: 'sentry-user-token', provider: 'Sentry', key: 'SENTRY_AUTH_TOKEN', make: (f) => 'sntryu_' + hex(f, 64) },
  { rule: 'datadog-api-key', provider: 'Datadog', key: 'DATADOG_API_KEY', make: (f) => hex(f, 32) },
  { rule: 'datadog-app-key', provider: 'Datadog', key: 'DATADOG_APP_KEY', make: (f) => hex(f, 40) },
  { rule: 'newrelic-user-api-key', provider: 'New Relic', key: 'NEW_RELIC_API_KEY', make: (f) => 'NRAK-' + chars(f, UPNUM, 27) },
  { rule: 'newrelic-browser-key', provider: 'New Relic', key: 'NEW_RELIC_BROWSER_KEY', make: (f) => 'NRJS-' + hex(f, 19) },
  { rule: 'newrelic-insert-key', provider: 'New Relic', key: 'NEW_RELIC_INSERT_KEY', make: (f) => 'NRII-' + chars(f, B64URL, 32) },
  { rule: 'newrelic-query-key', provider: 'New Relic', key: 'NEW_RELIC_QUERY_KEY', make: (f) => 'NRIQ-' + chars(f, B64URL, 32) },
  { rule: 'newrelic-license-key', provider: 'New Relic', key: 'NEW_RELIC_LICENSE_KEY', make: (f) => hex(f, 36) + 'NRAL' },
  { rule: 'grafana-cloud-token', provider: 'Grafana', key: 'GRAFANA_CLOUD_TOKEN', make: (f) => 'glc_eyJvIjoi' + chars(f, B64, 120) },
  { rule: 'grafana-service-account-token', provider: 'Grafana', key: 'GRAFANA_SA_TOKEN', make: (f) => `glsa_${alnum(f, 32)}_${hex(f, 8)}` },
  {
    rule: 'grafana-api-key', provider: 'Grafana', key: 'GRAFANA_API_KEY',
    make: (f) => b64json(f, { k: alnum(f, 32), n: f.helpers.arrayElement(['ci-deploy', 'dashboards-sync', 'alerting']), id: f.number.int({ min: 1, max: 99 }) }),
  },
  { rule: 'snyk-token', provider: 'Snyk', key: 'SNYK_TOKEN', make: (f) => uuid(f) },
  { rule: 'sonarqube-token', provider: 'SonarQube', key: 'SONAR_TOKEN', make: (f) => f.helpers.arrayElement(['squ_', 'sqp_', 'sqa_']) + hex(f, 40) },
  { rule: 'sonarcloud-token', provider: 'SonarCloud', key: 'SONAR_TOKEN', make: (f) => hex(f, 40) },
  { rule: 'rollbar-access-token', provider: 'Rollbar', key: 'ROLLBAR_ACCESS_TOKEN', make: (f) => hex(f, 32) },
  { rule: 'splunk-hec-token', provider: 'Splunk', key: 'SPLUNK_HEC_TOKEN', make: (f) => uuid(f) },
  { rule: 'axiom-token', provider: 'Axiom', key: 'AXIOM_TOKEN', make: (f) => f.helpers.arrayElement(['xaat-', 'xapt-']) + uuid(f) },
  // AI providers
  {
    rule: 'openai-project-key', provider: 'OpenAI', key: 'OPENAI_API_KEY',
    make: (f) => `sk-proj-${chars(f, B64URL, 74)}T3BlbkFJ${chars(f, B64URL, 74)}`,
  },
  {
    rule: 'openai-service-account-key', provider: 'OpenAI', key: 'OPENAI_API_KEY',
    make: (f) => `sk-svcacct-${chars(f, B64URL, 74)}T3BlbkFJ${chars(f, B64URL, 74)}`,
  },
  {
    rule: 'openai-admin-key', provider: 'OpenAI', key: 'OPENAI_ADMIN_KEY',
    make: (f) => `sk-admin-${chars(f, B64URL, 58)}T3BlbkFJ${chars(f, B64URL, 58)}`,
  },
  { rule: 'openai-legacy-key', provider: 'OpenAI', key: 'OPENAI_API_KEY', make: (f) => `sk-${alnum(f, 20)}T3BlbkFJ${alnum(f, 20)}` },
  { rule: 'anthropic-api-key', provider: 'Anthropic', key: 'ANTHROPIC_API_KEY', make: (f) => `sk-ant-api03-${chars(f, B64URL, 92)}${alnum(f, 1)}AA` },
  { rule: 'anthropic-admin-key', provider: 'Anthropic', key: 'ANTHROPIC_ADMIN_KEY', make: (f) => `sk-ant-admin01-${chars(f, B64URL, 92)}${alnum(f, 1)}AA` },
  { rule: 'cohere-api-key', provider: 'Cohere', key: 'COHERE_API_KEY', make: (f) => alnum(f, 40) },
  { rule: 'replicate-api-token', provider: 'Replicate', key: 'REPLICATE_API_TOKEN', make: (f) => 'r8_' + alnum(f, 37) },
  { rule: 'mistral-api-key', provider: 'Mistral AI', key: 'MISTRAL_API_KEY', make: (f) => alnum(f, 32) },
  { rule: 'groq-api-key', provider: 'Groq', key: 'GROQ_API_KEY', make: (f) => 'gsk_' + alnum(f, 52) },
  { rule: 'perplexity-api-key', provider: 'Perplexity', key: 'PERPLEXITY_API_KEY', make: (f) => 'pplx-' + alnum(f, 48) },
  { rule: 'together-api-key', provider: 'Together AI', key: 'TOGETHER_API_KEY', make: (f) => hex(f, 64) },
  { rule: 'fireworks-api-key', provider: 'Fireworks AI', key: 'FIREWORKS_API_KEY', make: (f) => 'fw_' + alnum(f, 24) },
  { rule: 'deepseek-api-key', provider: 'DeepSeek', key: 'DEEPSEEK_API_KEY', make: (f) => 'sk-' + hex(f, 32) },
  { rule: 'xai-api-key', provider: 'xAI', key: 'XAI_API_KEY', make: (f) => 'xai-' + alnum(f, 80) },
  { rule: 'openrouter-api-key', provider: 'OpenRouter', key: 'OPENROUTER_API_KEY', make: (f) => 'sk-or-v1-' + hex(f, 64) },
  { rule: 'nvidia-api-key', provider: 'NVIDIA', key: 'NVIDIA_API_KEY', make: (f) => 'nvapi-' + chars(f, B64URL, 64) },
];
