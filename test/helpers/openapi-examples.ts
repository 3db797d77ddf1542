export { openapiDescription, openapiExample } from '../../src/simulated-github/openapi-description.js';
