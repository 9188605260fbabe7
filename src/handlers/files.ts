import { badRequest, notFound } from '../errors.js';
import type { Handlers } from '../generated/router.js';
import { FileReply } from '../server/reply.js';
import type { HandlerDeps } from './deps.js';
import { listPage, pageQuery } from './pagination.js';

type FilesHandlers = Pick<
  Handlers,
  'listFiles' | 'createFile' | 'retrieveFile' | 'deleteFile' | 'downloadFile'
>;

const fileNotFound = (id: string) => notFound(`No such File object: ${id}`, 'file_id');

export function filesHandlers({ files, vectorStores }: HandlerDeps): FilesHandlers {
  return {
    async createFile({ body }, ctx) {
      const upload = ctx.uploads?.find((u) => u.field === 'file');
      if (!upload)
        throw badRequest("Missing required parameter: 'file'.", 'file', 'missing_required_parameter');
      return files.create(
        ctx.tenant,
        {
          path: upload.path,
          filename: upload.filename,
          size: upload.size,
          mimeType: upload.contentType,
        },
        body.purpose,
        body.expires_after?.seconds,
      );
    },
    async listFiles({ query }, ctx) {
      return listPage(() => files.list(ctx.tenant, { ...pageQuery(query, 10_000), purpose: query.purpose }));
    },
    async retrieveFile({ params }, ctx) {
      const found = await files.get(ctx.tenant, params.file_id);
      if (!found) throw fileNotFound(params.file_id);
      return found.file;
    },
    async deleteFile({ params }, ctx) {
      if (!(await files.get(ctx.tenant, params.file_id))) throw fileNotFound(params.file_id);
      // Out of every vector store first: from then on no search finds a chunk of a file that is gone.
      await vectorStores.files.detachEverywhere(ctx.tenant, params.file_id);
      if (!(await files.delete(ctx.tenant, params.file_id))) throw fileNotFound(params.file_id);
      return { id: params.file_id, object: 'file', deleted: true };
    },
    async downloadFile({ params }, ctx) {
      const found = await files.open(ctx.tenant, params.file_id);
      if (!found) throw fileNotFound(params.file_id);
      return new FileReply(
        found.body,
        found.record.file.bytes,
        'application/octet-stream',
        found.record.file.filename,
      );
    },
  };
}
