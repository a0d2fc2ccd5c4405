/** For the shells (web host, Electron): the desk's one rule for owner-only files and folders. */
export { ensurePrivateDir, PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from '../../db/file-modes';
