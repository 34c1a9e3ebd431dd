export { ingestSeed, articleIdFromFileName, type SeedInput, type IngestResult } from './ingest.ts';
export { ingestFiles, ingestFolder, type FolderResult } from './ingest-folder.ts';
