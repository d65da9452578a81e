export * from './aes-gcm';
export * from './case-key-store';
export * from './case-payload-codec';
export * from './key-encryption-key';
export * from './personal-field-cipher';
export * from './secret-key';
export * from './blind-index';
export * from './native-sha256';
