export { createApiApp, type ApiAppOptions } from './create-api-app';
export { ApiConfig, DEVELOPMENT_JWT_SECRET } from './config/api.config';
export { signActorToken, STAFF_ROLES, type ActorClaims } from './auth/actor-token';
