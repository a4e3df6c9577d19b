/**
 * Electron's safeStorage as the publishing vault's cipher: the key is held by the operating
 * system (Keychain, DPAPI, the Secret Service or KWallet). Where no real keyring is available
 * (safeStorage cannot encrypt, or Linux falls back to its fixed "basic_text" key) there is no
 * cipher, and passwords stay in memory for the session instead of being written weakly hidden.
 */
import { safeStorage } from 'electron';
import type { Cipher } from '../services/publishing/secretVault';

export function safeStorageCipher(platform: NodeJS.Platform): Cipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  };
}
