export { openapiDescription, openapiExample } from '../../dev/simulated-github/openapi-description.js';
