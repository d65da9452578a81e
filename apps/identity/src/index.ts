export { startIdentityServer, type IdentityServer, type IdentityServerOptions } from './identity-server';
export { generateIdentityKeys, loadOrCreateIdentityKeys, type IdentityKeys } from './signing-keys';
export { EXAMPLE_STAFF, staffMember, type StaffMember } from './staff-directory';
export { IdentityConfig } from './identity.config';
