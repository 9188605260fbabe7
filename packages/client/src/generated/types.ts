/* generated — do not edit. Source: openapi.yaml; generator: openapi-typescript */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness and readiness of the gateway and its database. */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * This contract as JSON, with servers set to the URL the gateway was reached at.
     * @description The contract the gateway serves and enforces. `servers` names the origin the request came to: `X-Forwarded-Proto` and `X-Forwarded-Host` when a proxy set them, else the `Host` header (over http); without a usable host it stays the relative `/`.
     */
    get: operations['getOpenapiJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.yaml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This contract as YAML (the source file, comments kept), with servers set as for /openapi.json. */
    get: operations['getOpenapiYaml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The API reference, rendered in the browser from /openapi.json by Swagger UI (served by the gateway; works offline). */
    get: operations['getDocs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/docs/{asset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A file of the API reference page (Swagger UI's script, style sheet and icons). */
    get: operations['getDocsAsset'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists the models of every provider, as "provider/model" ids. */
    get: operations['listModels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/models/{model}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retrieves a model by "provider/model" id or, where unambiguous, by its bare id. */
    get: operations['retrieveModel'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/chat/completions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates a chat completion on the provider that serves the model (passed through). */
    post: operations['createChatCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/completions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates a legacy text completion on the provider that serves the model (passed through). */
    post: operations['createCompletion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/embeddings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Creates embeddings on the provider that serves the model (passed through). */
    post: operations['createEmbedding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists the uploaded files, newest first by default. */
    get: operations['listFiles'];
    put?: never;
    /** Uploads a file (multipart/form-data) for use with other endpoints, such as Responses inputs. */
    post: operations['createFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files/{file_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    /** Retrieves a file's metadata. */
    get: operations['retrieveFile'];
    put?: never;
    post?: never;
    /** Deletes a file and its content. */
    delete: operations['deleteFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/files/{file_id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    /** Returns the file's content, byte for byte as it was uploaded. */
    get: operations['downloadFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists stored responses, newest first unless order=asc. */
    get: operations['listResponses'];
    put?: never;
    /** Creates a model response, on any backend (translated to chat completions where the provider does not speak Responses). */
    post: operations['createResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/responses/input_tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Counts the input tokens of a would-be response request. */
    post: operations['countInputTokens'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/responses/compact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Compacts a conversation (input items or a previous response's chain) into a compaction item. */
    post: operations['compactResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/responses/{response_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    /** Retrieves a stored response; with stream=true replays its events after starting_after, then follows it. */
    get: operations['getResponse'];
    put?: never;
    post?: never;
    /** Deletes a stored response and its items. */
    delete: operations['deleteResponse'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/responses/{response_id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancels a background response that has not finished. */
    post: operations['cancelResponse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/responses/{response_id}/input_items': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    /** Lists the input items of a stored response. */
    get: operations['listInputItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/conversations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists the conversations, newest first unless order=asc (the gateway's; OpenAI has no such endpoint). */
    get: operations['listConversations'];
    put?: never;
    /** Creates a conversation, optionally with up to 20 initial items. */
    post: operations['createConversation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/conversations/{conversation_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    /** Retrieves a conversation. */
    get: operations['getConversation'];
    put?: never;
    /** Replaces a conversation's metadata. */
    post: operations['updateConversation'];
    /** Deletes a conversation and its items. */
    delete: operations['deleteConversation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/conversations/{conversation_id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    /** Lists a conversation's items, newest first unless order=asc. */
    get: operations['listConversationItems'];
    put?: never;
    /** Appends up to 20 items to a conversation. */
    post: operations['createConversationItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/conversations/{conversation_id}/items/{item_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
        /** @description The ID of the item. */
        item_id: components['parameters']['ItemId'];
      };
      cookie?: never;
    };
    /** Retrieves one item of a conversation. */
    get: operations['getConversationItem'];
    put?: never;
    post?: never;
    /** Deletes an item from a conversation; answers the conversation. */
    delete: operations['deleteConversationItem'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prompts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists the prompts, each at its default version, newest first unless order=asc. */
    get: operations['listPrompts'];
    put?: never;
    /** Creates a prompt template; its first version is its default. */
    post: operations['createPrompt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prompts/{prompt_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    /** Retrieves a prompt at the version asked for, or at its default version. */
    get: operations['getPrompt'];
    /** Creates the prompt's next version; the body names the version it replaces (the latest). */
    put: operations['updatePrompt'];
    post?: never;
    /** Deletes a prompt and all its versions. */
    delete: operations['deletePrompt'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prompts/{prompt_id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    /** Lists a prompt's versions, oldest first unless order=desc. */
    get: operations['listPromptVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/prompts/{prompt_id}/set-default-version': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    get?: never;
    /** Makes one of the prompt's versions its default (the one used when a request names no version). */
    put: operations['setDefaultPromptVersion'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Lists the vector stores, newest first unless order=asc. */
    get: operations['listVectorStores'];
    put?: never;
    /** Creates a vector store, optionally with files (ingested in the background). */
    post: operations['createVectorStore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    /** Retrieves a vector store (an expired one is gone, 404). */
    get: operations['getVectorStore'];
    put?: never;
    /** Modifies a vector store's name, expiration policy, metadata or search mode. */
    post: operations['modifyVectorStore'];
    /** Deletes a vector store, its file attachments and their chunks (the files themselves stay). */
    delete: operations['deleteVectorStore'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/search': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Searches a vector store's completed files for the chunks most relevant to a query, filtered by file attributes. */
    post: operations['searchVectorStore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    /** Lists a vector store's files, newest first unless order=asc; `filter` by status. */
    get: operations['listVectorStoreFiles'];
    put?: never;
    /** Attaches a file (from the Files API) to a vector store; it is ingested in the background. */
    post: operations['createVectorStoreFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/files/{file_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    /** Retrieves a vector store file. */
    get: operations['getVectorStoreFile'];
    put?: never;
    /** Replaces a vector store file's attributes. */
    post: operations['updateVectorStoreFileAttributes'];
    /** Detaches a file from a vector store and removes its chunks; the file itself is not deleted. */
    delete: operations['deleteVectorStoreFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/files/{file_id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    /** Returns the parsed text of a vector store file. */
    get: operations['retrieveVectorStoreFileContent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/file_batches': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attaches up to 2,000 files to a vector store at once (file_ids, or files with their own attributes and chunking). */
    post: operations['createVectorStoreFileBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the vector store file batch. */
        batch_id: components['parameters']['VectorStoreFileBatchId'];
      };
      cookie?: never;
    };
    /** Retrieves a vector store file batch. */
    get: operations['getVectorStoreFileBatch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the vector store file batch. */
        batch_id: components['parameters']['VectorStoreFileBatchId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancels a file batch; its files not yet ingested are cancelled. */
    post: operations['cancelVectorStoreFileBatch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the vector store file batch. */
        batch_id: components['parameters']['VectorStoreFileBatchId'];
      };
      cookie?: never;
    };
    /** Lists the vector store files of a batch, newest first unless order=asc; `filter` by status. */
    get: operations['listFilesInVectorStoreBatch'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    HealthResponse: {
      /** @enum {string} */
      status: 'ok';
      /** @description The gateway's version. */
      version: string;
      /**
       * @description The database answered a query.
       * @enum {string}
       */
      database: 'ok';
    };
    /** @description An OpenAPI 3.1 document (this contract). */
    OpenApiDocument: {
      openapi: string;
      info: {
        title: string;
        version: string;
      } & {
        [key: string]: unknown;
      };
      servers?: ({
        url: string;
      } & {
        [key: string]: unknown;
      })[];
      paths: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description Constrains the tools available to the model to a pre-defined set. */
    ChatCompletionAllowedTools: {
      /**
       * @description Constrains the tools available to the model to a pre-defined set.
       * @enum {string}
       */
      mode: 'auto' | 'required';
      /** @description A list of tool definitions that the model should be allowed to call. */
      tools: {
        [key: string]: unknown;
      }[];
    };
    /** @description Constrains the tools available to the model to a pre-defined set. */
    ChatCompletionAllowedToolsChoice: {
      /**
       * @description Allowed tool configuration type.
       * @enum {string}
       */
      type: 'allowed_tools';
      allowed_tools: components['schemas']['ChatCompletionAllowedTools'];
    };
    /** @description Specifying a particular function via `{"name": "my_function"}` forces the model to call that function. */
    ChatCompletionFunctionCallOption: {
      /** @description The name of the function to call. */
      name: string;
    };
    /** @deprecated */
    ChatCompletionFunctions: {
      /** @description A description of what the function does, used by the model to choose when and how to call the function. */
      description?: string;
      /** @description The name of the function to be called. */
      name: string;
      parameters?: components['schemas']['FunctionParameters'];
    };
    /** @description A call to a custom tool created by the model. */
    ChatCompletionMessageCustomToolCall: {
      /** @description The ID of the tool call. */
      id: string;
      /**
       * @description The type of the tool.
       * @enum {string}
       */
      type: 'custom';
      /** @description The custom tool that the model called. */
      custom: {
        /** @description The name of the custom tool to call. */
        name: string;
        /** @description The input for the custom tool call generated by the model. */
        input: string;
      };
    };
    /** @description A call to a function tool created by the model. */
    ChatCompletionMessageToolCall: {
      /** @description The ID of the tool call. */
      id: string;
      /**
       * @description The type of the tool.
       * @enum {string}
       */
      type: 'function';
      /** @description The function that the model called. */
      function: {
        /** @description The name of the function to call. */
        name: string;
        /** @description The arguments to call the function with, as generated by the model in JSON format. */
        arguments: string;
      };
    };
    ChatCompletionMessageToolCallChunk: {
      index: number;
      /** @description The ID of the tool call. */
      id?: string;
      /**
       * @description The type of the tool.
       * @enum {string}
       */
      type?: 'function';
      function?: {
        /** @description The name of the function to call. */
        name?: string;
        /** @description The arguments to call the function with, as generated by the model in JSON format. */
        arguments?: string;
      };
    };
    /** @description The tool calls generated by the model, such as function calls. */
    ChatCompletionMessageToolCalls: (
      | components['schemas']['ChatCompletionMessageToolCall']
      | components['schemas']['ChatCompletionMessageCustomToolCall']
    )[];
    /** @description Moderation results or errors for the request input and generated output. */
    ChatCompletionModeration: {
      /** @description Moderation for the request input. */
      input:
        | components['schemas']['ChatCompletionModerationResults']
        | components['schemas']['ChatCompletionModerationError'];
      /** @description Moderation for the generated output. */
      output:
        | components['schemas']['ChatCompletionModerationResults']
        | components['schemas']['ChatCompletionModerationError'];
    };
    /** @description An error produced while attempting moderation. */
    ChatCompletionModerationError: {
      /**
       * @description The object type, which is always `error`.
       * @enum {string}
       */
      type: 'error';
      /** @description The error code. */
      code: string;
      /** @description The error message. */
      message: string;
    };
    /** @description Successful moderation results for the request input or generated output. */
    ChatCompletionModerationResults: {
      /**
       * @description The object type, which is always `moderation_results`.
       * @enum {string}
       */
      type: 'moderation_results';
      /** @description The moderation model used to generate the results. */
      model: string;
      /** @description A list of moderation results. */
      results: components['schemas']['ModerationResultBody'][];
    };
    /** @description Specifies a tool the model should use. */
    ChatCompletionNamedToolChoice: {
      /**
       * @description For function calling, the type is always `function`.
       * @enum {string}
       */
      type: 'function';
      function: {
        /** @description The name of the function to call. */
        name: string;
      };
    };
    /** @description Specifies a tool the model should use. */
    ChatCompletionNamedToolChoiceCustom: {
      /**
       * @description For custom tool calling, the type is always `custom`.
       * @enum {string}
       */
      type: 'custom';
      custom: {
        /** @description The name of the custom tool to call. */
        name: string;
      };
    };
    /** @description Messages sent by the model in response to user messages. */
    ChatCompletionRequestAssistantMessage: {
      content?: (string | components['schemas']['ChatCompletionRequestAssistantMessageContentPart'][]) | null;
      refusal?: string | null;
      /**
       * @description The role of the messages author, in this case `assistant`.
       * @enum {string}
       */
      role: 'assistant';
      /** @description An optional name for the participant. */
      name?: string;
      audio?: {
        /** @description Unique identifier for a previous audio response from the model. */
        id: string;
      } | null;
      tool_calls?: components['schemas']['ChatCompletionMessageToolCalls'];
      function_call?: {
        /** @description The arguments to call the function with, as generated by the model in JSON format. */
        arguments: string;
        /** @description The name of the function to call. */
        name: string;
      } | null;
    };
    ChatCompletionRequestAssistantMessageContentPart:
      | components['schemas']['ChatCompletionRequestMessageContentPartText']
      | components['schemas']['ChatCompletionRequestMessageContentPartRefusal'];
    /** @description Developer-provided instructions that the model should follow, regardless of messages sent by the user. */
    ChatCompletionRequestDeveloperMessage: {
      /** @description The contents of the developer message. */
      content: string | components['schemas']['ChatCompletionRequestMessageContentPartText'][];
      /**
       * @description The role of the messages author, in this case `developer`.
       * @enum {string}
       */
      role: 'developer';
      /** @description An optional name for the participant. */
      name?: string;
    };
    /** @deprecated */
    ChatCompletionRequestFunctionMessage: {
      /**
       * @description The role of the messages author, in this case `function`.
       * @enum {string}
       */
      role: 'function';
      content: string | null;
      /** @description The name of the function to call. */
      name: string;
    };
    ChatCompletionRequestMessage:
      | components['schemas']['ChatCompletionRequestDeveloperMessage']
      | components['schemas']['ChatCompletionRequestSystemMessage']
      | components['schemas']['ChatCompletionRequestUserMessage']
      | components['schemas']['ChatCompletionRequestAssistantMessage']
      | components['schemas']['ChatCompletionRequestToolMessage']
      | components['schemas']['ChatCompletionRequestFunctionMessage'];
    /** @description Learn about audio inputs. */
    ChatCompletionRequestMessageContentPartAudio: {
      /**
       * @description The type of the content part.
       * @enum {string}
       */
      type: 'input_audio';
      input_audio: {
        /** @description Base64 encoded audio data. */
        data: string;
        /**
         * @description The format of the encoded audio data.
         * @enum {string}
         */
        format: 'wav' | 'mp3';
      };
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpointParam'];
    };
    /** @description Learn about file inputs for text generation. */
    ChatCompletionRequestMessageContentPartFile: {
      /**
       * @description The type of the content part.
       * @enum {string}
       */
      type: 'file';
      file: {
        /** @description The name of the file, used when passing the file to the model as a  string. */
        filename?: string;
        /** @description The base64 encoded file data, used when passing the file to the model  as a string. */
        file_data?: string;
        /** @description The ID of an uploaded file to use as input. */
        file_id?: string;
      };
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpointParam'];
    };
    /** @description Learn about image inputs. */
    ChatCompletionRequestMessageContentPartImage: {
      /**
       * @description The type of the content part.
       * @enum {string}
       */
      type: 'image_url';
      image_url: {
        /**
         * Format: uri
         * @description Either a URL of the image or the base64 encoded image data.
         */
        url: string;
        /**
         * @description Specifies the detail level of the image.
         * @default auto
         * @enum {string}
         */
        detail?: 'auto' | 'low' | 'high';
      };
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpointParam'];
    };
    ChatCompletionRequestMessageContentPartRefusal: {
      /**
       * @description The type of the content part.
       * @enum {string}
       */
      type: 'refusal';
      /** @description The refusal message generated by the model. */
      refusal: string;
    };
    /** @description Learn about text inputs. */
    ChatCompletionRequestMessageContentPartText: {
      /**
       * @description The type of the content part.
       * @enum {string}
       */
      type: 'text';
      /** @description The text content. */
      text: string;
      prompt_cache_breakpoint?: components['schemas']['PromptCacheBreakpointParam'];
    };
    /** @description Developer-provided instructions that the model should follow, regardless of messages sent by the user. */
    ChatCompletionRequestSystemMessage: {
      /** @description The contents of the system message. */
      content: string | components['schemas']['ChatCompletionRequestSystemMessageContentPart'][];
      /**
       * @description The role of the messages author, in this case `system`.
       * @enum {string}
       */
      role: 'system';
      /** @description An optional name for the participant. */
      name?: string;
    };
    ChatCompletionRequestSystemMessageContentPart: components['schemas']['ChatCompletionRequestMessageContentPartText'];
    ChatCompletionRequestToolMessage: {
      /**
       * @description The role of the messages author, in this case `tool`.
       * @enum {string}
       */
      role: 'tool';
      /** @description The contents of the tool message. */
      content: string | components['schemas']['ChatCompletionRequestToolMessageContentPart'][];
      /** @description Tool call that this message is responding to. */
      tool_call_id: string;
    };
    ChatCompletionRequestToolMessageContentPart: components['schemas']['ChatCompletionRequestMessageContentPartText'];
    /** @description Messages sent by an end user, containing prompts or additional context information. */
    ChatCompletionRequestUserMessage: {
      /** @description The contents of the user message. */
      content: string | components['schemas']['ChatCompletionRequestUserMessageContentPart'][];
      /**
       * @description The role of the messages author, in this case `user`.
       * @enum {string}
       */
      role: 'user';
      /** @description An optional name for the participant. */
      name?: string;
    };
    ChatCompletionRequestUserMessageContentPart:
      | components['schemas']['ChatCompletionRequestMessageContentPartText']
      | components['schemas']['ChatCompletionRequestMessageContentPartImage']
      | components['schemas']['ChatCompletionRequestMessageContentPartAudio']
      | components['schemas']['ChatCompletionRequestMessageContentPartFile'];
    /** @description A chat completion message generated by the model. */
    ChatCompletionResponseMessage: {
      content: string | null;
      refusal: string | null;
      tool_calls?: components['schemas']['ChatCompletionMessageToolCalls'];
      /** @description Annotations for the message, when applicable, as when using the web search tool. */
      annotations?: {
        /**
         * @description The type of the URL citation.
         * @enum {string}
         */
        type: 'url_citation';
        /** @description A URL citation when using web search. */
        url_citation: {
          /** @description The index of the last character of the URL citation in the message. */
          end_index: number;
          /** @description The index of the first character of the URL citation in the message. */
          start_index: number;
          /**
           * Format: uri
           * @description The URL of the web resource.
           */
          url: string;
          /** @description The title of the web resource. */
          title: string;
        };
      }[];
      /**
       * @description The role of the author of this message.
       * @enum {string}
       */
      role: 'assistant';
      /**
       * @deprecated
       * @description Deprecated and replaced by `tool_calls`.
       */
      function_call?: {
        /** @description The arguments to call the function with, as generated by the model in JSON format. */
        arguments: string;
        /** @description The name of the function to call. */
        name: string;
      };
      audio?: {
        /** @description Unique identifier for this audio response. */
        id: string;
        /** @description The Unix timestamp (in seconds) for when this audio response will no longer be accessible on the server for use in multi-turn conversations. */
        expires_at: number;
        /** @description Base64 encoded audio bytes generated by the model, in the format specified in the request. */
        data: string;
        /** @description Transcript of the audio generated by the model. */
        transcript: string;
      } | null;
    };
    ChatCompletionStreamOptions: {
      /** @description If set, an additional chunk will be streamed before the `data: [DONE]` message. */
      include_usage?: boolean;
      /** @description When true, stream obfuscation will be enabled. */
      include_obfuscation?: boolean;
    } | null;
    /** @description A chat completion delta generated by streamed model responses. */
    ChatCompletionStreamResponseDelta: {
      content?: string | null;
      /**
       * @deprecated
       * @description Deprecated and replaced by `tool_calls`.
       */
      function_call?: {
        /** @description The arguments to call the function with, as generated by the model in JSON format. */
        arguments?: string;
        /** @description The name of the function to call. */
        name?: string;
      };
      tool_calls?: components['schemas']['ChatCompletionMessageToolCallChunk'][];
      /**
       * @description The role of the author of this message.
       * @enum {string}
       */
      role?: 'developer' | 'system' | 'user' | 'assistant' | 'tool';
      refusal?: string | null;
    };
    ChatCompletionTokenLogprob: {
      /** @description The token. */
      token: string;
      /** @description The log probability of this token, if it is within the top 20 most likely tokens. */
      logprob: number;
      bytes: number[] | null;
      /** @description List of the most likely tokens and their log probability, at this token position. */
      top_logprobs: {
        /** @description The token. */
        token: string;
        /** @description The log probability of this token, if it is within the top 20 most likely tokens. */
        logprob: number;
        bytes: number[] | null;
      }[];
    };
    /** @description A function tool that can be used to generate a response. */
    ChatCompletionTool: {
      /**
       * @description The type of the tool.
       * @enum {string}
       */
      type: 'function';
      function: components['schemas']['FunctionObject'];
    };
    /** @description Controls which (if any) tool is called by the model. */
    ChatCompletionToolChoiceOption:
      | ('none' | 'auto' | 'required')
      | components['schemas']['ChatCompletionAllowedToolsChoice']
      | components['schemas']['ChatCompletionNamedToolChoice']
      | components['schemas']['ChatCompletionNamedToolChoiceCustom'];
    /** @description Usage statistics for the completion request. */
    CompletionUsage: {
      /**
       * @description Number of tokens in the generated completion.
       * @default 0
       */
      completion_tokens: number;
      /**
       * @description Number of tokens in the prompt.
       * @default 0
       */
      prompt_tokens: number;
      /**
       * @description Total number of tokens used in the request (prompt + completion).
       * @default 0
       */
      total_tokens: number;
      /** @description Breakdown of tokens used in a completion. */
      completion_tokens_details?: {
        /**
         * @description When using Predicted Outputs, the number of tokens in the prediction that appeared in the completion.
         * @default 0
         */
        accepted_prediction_tokens?: number;
        /**
         * @description Audio input tokens generated by the model.
         * @default 0
         */
        audio_tokens?: number;
        /**
         * @description Tokens generated by the model for reasoning.
         * @default 0
         */
        reasoning_tokens?: number;
        /** @description Text output tokens generated by the model. */
        text_tokens?: number;
        /**
         * @description When using Predicted Outputs, the number of tokens in the prediction that did not appear in the completion.
         * @default 0
         */
        rejected_prediction_tokens?: number;
      };
      /** @description Breakdown of tokens used in the prompt. */
      prompt_tokens_details?: {
        /**
         * @description Audio input tokens present in the prompt.
         * @default 0
         */
        audio_tokens?: number;
        /**
         * @description Cached tokens present in the prompt.
         * @default 0
         */
        cached_tokens?: number;
        /** @description Text input tokens present in the prompt. */
        text_tokens?: number;
        /** @description Image input tokens present in the prompt. */
        image_tokens?: number;
        /**
         * @description The unadjusted number of prompt tokens written to cache.
         * @default 0
         */
        cache_write_tokens?: number;
      };
    };
    CreateChatCompletionRequest: components['schemas']['CreateModelResponseProperties'] & {
      /** @description A list of messages comprising the conversation so far. */
      messages: components['schemas']['ChatCompletionRequestMessage'][];
      /** @description Model ID used to generate the response, like `gpt-4o` or `o3`. */
      model: components['schemas']['ModelIdsShared'];
      service_tier?: components['schemas']['ServiceTier'];
      modalities?: components['schemas']['ResponseModalities'];
      verbosity?: components['schemas']['Verbosity'];
      reasoning_effort?: components['schemas']['ReasoningEffort'];
      /** @description An upper bound for the number of tokens that can be generated for a completion, including visible output tokens and reasoning tokens. */
      max_completion_tokens?: number | null;
      /**
       * @description Number between -2.0 and 2.0.
       * @default 0
       */
      frequency_penalty?: number | null;
      /**
       * @description Number between -2.0 and 2.0.
       * @default 0
       */
      presence_penalty?: number | null;
      /** @description This tool searches the web for relevant results to use in a response. */
      web_search_options?: {
        /** @description Approximate location parameters for the search. */
        user_location?: {
          /**
           * @description The type of location approximation.
           * @enum {string}
           */
          type: 'approximate';
          approximate: components['schemas']['WebSearchLocation'];
        } | null;
        search_context_size?: components['schemas']['WebSearchContextSize'];
      };
      /** @description An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. */
      top_logprobs?: number | null;
      /** @description An object specifying the format that the model must output. */
      response_format?:
        | components['schemas']['ResponseFormatText']
        | components['schemas']['ResponseFormatJsonSchema']
        | components['schemas']['ResponseFormatJsonObject'];
      /** @description Parameters for audio output. */
      audio?: {
        /** @description The voice the model uses to respond. */
        voice: components['schemas']['VoiceIdsOrCustomVoice'];
        /**
         * @description Specifies the output audio format.
         * @enum {string}
         */
        format: 'wav' | 'aac' | 'mp3' | 'flac' | 'opus' | 'pcm16';
      } | null;
      /**
       * @description Whether or not to store the output of this chat completion request for use in our model distillation or evals products.
       * @default false
       */
      store?: boolean | null;
      moderation?: components['schemas']['ModerationParam'] | null;
      /**
       * @description If set to true, the model response data will be streamed to the client as it is generated using server-sent events.
       * @default false
       */
      stream?: boolean | null;
      stop?: components['schemas']['StopConfiguration'];
      /**
       * @description Modify the likelihood of specified tokens appearing in the completion.
       * @default null
       */
      logit_bias?: {
        [key: string]: number;
      } | null;
      /**
       * @description Whether to return log probabilities of the output tokens or not.
       * @default false
       */
      logprobs?: boolean | null;
      /**
       * @deprecated
       * @description The maximum number of tokens that can be generated in the chat completion.
       */
      max_tokens?: number | null;
      /**
       * @description How many chat completion choices to generate for each input message.
       * @default 1
       */
      n?: number | null;
      /** @description Configuration for a Predicted Output, which can greatly improve response times when large parts of the model response are known ahead of time. */
      prediction?: components['schemas']['PredictionContent'] | null;
      /**
       * @deprecated
       * @description This feature is in Beta.
       */
      seed?: number | null;
      stream_options?: components['schemas']['ChatCompletionStreamOptions'];
      /** @description A list of tools the model may call. */
      tools?: (
        components['schemas']['ChatCompletionTool'] | components['schemas']['CustomToolChatCompletions']
      )[];
      tool_choice?: components['schemas']['ChatCompletionToolChoiceOption'];
      parallel_tool_calls?: components['schemas']['ParallelToolCalls'];
      /**
       * @deprecated
       * @description Deprecated in favor of `tool_choice`.
       */
      function_call?: ('none' | 'auto') | components['schemas']['ChatCompletionFunctionCallOption'];
      /**
       * @deprecated
       * @description Deprecated in favor of `tools`.
       */
      functions?: components['schemas']['ChatCompletionFunctions'][];
    };
    /** @description Represents a chat completion response returned by model, based on the provided input. */
    CreateChatCompletionResponse: {
      /** @description A unique identifier for the chat completion. */
      id: string;
      /** @description A list of chat completion choices. */
      choices: {
        /**
         * @description The reason the model stopped generating tokens.
         * @enum {string}
         */
        finish_reason: 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';
        /** @description The index of the choice in the list of choices. */
        index: number;
        message: components['schemas']['ChatCompletionResponseMessage'];
        logprobs: {
          content: components['schemas']['ChatCompletionTokenLogprob'][] | null;
          refusal: components['schemas']['ChatCompletionTokenLogprob'][] | null;
        } | null;
      }[];
      /** @description The Unix timestamp (in seconds) of when the chat completion was created. */
      created: number;
      /** @description The model used for the chat completion. */
      model: string;
      metadata?: components['schemas']['Metadata'];
      service_tier?: components['schemas']['ServiceTier'];
      /**
       * @deprecated
       * @description This fingerprint represents the backend configuration that the model runs with.
       */
      system_fingerprint?: string;
      /**
       * @description The object type, which is always `chat.completion`.
       * @enum {string}
       */
      object: 'chat.completion';
      usage?: components['schemas']['CompletionUsage'];
      moderation?: components['schemas']['ChatCompletionModeration'] | null;
    };
    /** @description Represents a streamed chunk of a chat completion response returned by the model, based on the provided input. */
    CreateChatCompletionStreamResponse: {
      /** @description A unique identifier for the chat completion. */
      id: string;
      /** @description A list of chat completion choices. */
      choices: {
        delta: components['schemas']['ChatCompletionStreamResponseDelta'];
        /** @description Log probability information for the choice. */
        logprobs?: {
          /** @description A list of message content tokens with log probability information. */
          content: components['schemas']['ChatCompletionTokenLogprob'][] | null;
          /** @description A list of message refusal tokens with log probability information. */
          refusal: components['schemas']['ChatCompletionTokenLogprob'][] | null;
        } | null;
        /**
         * @description The reason the model stopped generating tokens.
         * @enum {string|null}
         */
        finish_reason: 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call' | null;
        /** @description The index of the choice in the list of choices. */
        index: number;
      }[];
      /** @description The Unix timestamp (in seconds) of when the chat completion was created. */
      created: number;
      /** @description The model to generate the completion. */
      model: string;
      /** @description An obfuscation string added to normalize the size of streamed chunks as a mitigation to certain side-channel attacks. */
      obfuscation?: string;
      service_tier?: components['schemas']['ServiceTier'];
      /**
       * @deprecated
       * @description This fingerprint represents the backend configuration that the model runs with.
       */
      system_fingerprint?: string;
      /**
       * @description The object type, which is always `chat.completion.chunk`.
       * @enum {string}
       */
      object: 'chat.completion.chunk';
      /** @description An optional field that will only be present when you set `stream_options: {"include_usage": true}` in your request. */
      usage?: components['schemas']['CompletionUsage'] | null;
      moderation?: components['schemas']['ChatCompletionModeration'] | null;
    };
    CreateCompletionRequest: {
      /** @description ID of the model to use. */
      model: string | ('gpt-3.5-turbo-instruct' | 'davinci-002' | 'babbage-002');
      /**
       * @description The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array of token arrays.
       * @default <|endoftext|>
       */
      prompt: (string | string[] | number[] | number[][]) | null;
      /**
       * @description Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability per token).
       * @default 1
       */
      best_of?: number | null;
      /**
       * @description Echo back the prompt in addition to the completion
       * @default false
       */
      echo?: boolean | null;
      /**
       * @description Number between -2.0 and 2.0.
       * @default 0
       */
      frequency_penalty?: number | null;
      /**
       * @description Modify the likelihood of specified tokens appearing in the completion.
       * @default null
       */
      logit_bias?: {
        [key: string]: number;
      } | null;
      /**
       * @description Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens.
       * @default null
       */
      logprobs?: number | null;
      /**
       * @description The maximum number of tokens that can be generated in the completion.
       * @default 16
       */
      max_tokens?: number | null;
      /**
       * @description How many completions to generate for each prompt.
       * @default 1
       */
      n?: number | null;
      /**
       * @description Number between -2.0 and 2.0.
       * @default 0
       */
      presence_penalty?: number | null;
      /**
       * Format: int64
       * @description If specified, our system will make a best effort to sample deterministically, such that repeated requests with the same `seed` and parameters should return the same result.
       */
      seed?: number | null;
      stop?: components['schemas']['StopConfiguration'];
      /**
       * @description Whether to stream back partial progress.
       * @default false
       */
      stream?: boolean | null;
      stream_options?: components['schemas']['ChatCompletionStreamOptions'];
      /**
       * @description The suffix that comes after a completion of inserted text.
       * @default null
       */
      suffix?: string | null;
      /**
       * @description What sampling temperature to use, between 0 and 2.
       * @default 1
       */
      temperature?: number | null;
      /**
       * @description An alternative to sampling with temperature, called nucleus sampling, where the model considers the results of the tokens with top_p probability mass.
       * @default 1
       */
      top_p?: number | null;
      /** @description A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. */
      user?: string;
    };
    /** @description Represents a completion response from the API. */
    CreateCompletionResponse: {
      /** @description A unique identifier for the completion. */
      id: string;
      /** @description The list of completion choices the model generated for the input prompt. */
      choices: {
        /**
         * @description The reason the model stopped generating tokens.
         * @enum {string}
         */
        finish_reason: 'stop' | 'length' | 'content_filter';
        index: number;
        logprobs: {
          text_offset?: number[];
          token_logprobs?: number[];
          tokens?: string[];
          top_logprobs?: {
            [key: string]: number;
          }[];
        } | null;
        text: string;
      }[];
      /** @description The Unix timestamp (in seconds) of when the completion was created. */
      created: number;
      /** @description The model used for completion. */
      model: string;
      /** @description This fingerprint represents the backend configuration that the model runs with. */
      system_fingerprint?: string;
      /**
       * @description The object type, which is always "text_completion"
       * @enum {string}
       */
      object: 'text_completion';
      usage?: components['schemas']['CompletionUsage'];
    };
    /** @description A chunk of a streamed legacy completion. OpenAI's spec has no schema for these; they are CreateCompletionResponse with finish_reason null until the last chunk and usage only when requested. */
    CreateCompletionStreamResponse: {
      id: string;
      /** @enum {string} */
      object: 'text_completion';
      created: number;
      model: string;
      system_fingerprint?: string;
      choices: {
        text: string;
        index: number;
        logprobs: {
          text_offset?: number[];
          token_logprobs?: number[];
          tokens?: string[];
          top_logprobs?: {
            [key: string]: number;
          }[];
        } | null;
        /** @enum {string|null} */
        finish_reason: 'stop' | 'length' | 'content_filter' | null;
      }[];
      usage?: components['schemas']['CompletionUsage'] | null;
    };
    CreateEmbeddingRequest: {
      /** @description Input text to embed, encoded as a string or array of tokens. */
      input: string | string[] | number[] | number[][];
      /** @description ID of the model to use. */
      model: string | ('text-embedding-ada-002' | 'text-embedding-3-small' | 'text-embedding-3-large');
      /**
       * @description The format to return the embeddings in.
       * @default float
       * @enum {string}
       */
      encoding_format?: 'float' | 'base64';
      /** @description The number of dimensions the resulting output embeddings should have. */
      dimensions?: number;
      /** @description A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. */
      user?: string;
    };
    CreateEmbeddingResponse: {
      /** @description The list of embeddings generated by the model. */
      data: components['schemas']['Embedding'][];
      /** @description The name of the model used to generate the embedding. */
      model: string;
      /**
       * @description The object type, which is always "list".
       * @enum {string}
       */
      object: 'list';
      /** @description The usage information for the request. */
      usage: {
        /** @description The number of tokens used by the prompt. */
        prompt_tokens: number;
        /** @description The total number of tokens used by the request. */
        total_tokens: number;
      };
    };
    CreateModelResponseProperties: components['schemas']['ModelResponseProperties'] & {
      prompt_cache_options?: components['schemas']['PromptCacheOptionsParam'];
      /** @description An integer between 0 and 20 specifying the maximum number of most likely tokens to return at each token position, each with an associated log probability. */
      top_logprobs?: number;
    };
    /** @description A custom tool that processes input using a specified format. */
    CustomToolChatCompletions: {
      /**
       * @description The type of the custom tool.
       * @enum {string}
       */
      type: 'custom';
      /** @description Properties of the custom tool. */
      custom: {
        /** @description The name of the custom tool, used to identify it in tool calls. */
        name: string;
        /** @description Optional description of the custom tool, used to provide more context. */
        description?: string;
        /** @description The input format for the custom tool. */
        format?:
          | {
              /**
               * @description Unconstrained text format.
               * @enum {string}
               */
              type: 'text';
            }
          | {
              /**
               * @description Grammar format.
               * @enum {string}
               */
              type: 'grammar';
              /** @description Your chosen grammar. */
              grammar: {
                /** @description The grammar definition. */
                definition: string;
                /**
                 * @description The syntax of the grammar definition.
                 * @enum {string}
                 */
                syntax: 'lark' | 'regex';
              };
            };
      };
    };
    /** @description Represents an embedding vector returned by embedding endpoint. */
    Embedding: {
      /** @description The index of the embedding in the list of embeddings. */
      index: number;
      /** @description The embedding vector: a list of floats, or with encoding_format "base64" the little-endian float32 bytes in base64 (OpenAI's spec lists only the array; its API and SDKs use both). */
      embedding: number[] | string;
      /**
       * @description The object type, which is always "embedding".
       * @enum {string}
       */
      object: 'embedding';
    };
    Error: {
      code: string | null;
      message: string;
      param: string | null;
      type: string;
    };
    /** @description The envelope of a WebSocket client message; the message's other fields are a CreateResponseBody. */
    ResponsesWebSocketCreateEvent: {
      /** @enum {string} */
      type: 'response.create';
      /** @description The lane of this response (OpenAI's extension): one lane's responses run one after another, different lanes at once, and the lane's events carry its stream_id. */
      stream_id?: string;
      /** @description false: the response is admitted and completed at once with no output, without calling the model; a later turn continues from it (a warm-up). */
      generate?: boolean;
    };
    /** @description A failure on a WebSocket, of one turn or of the connection. */
    ResponsesWebSocketError: {
      /** @enum {string} */
      type: 'error';
      /** @description The HTTP status the same failure would have had over HTTP. */
      status: number;
      error: components['schemas']['Error'];
      stream_id?: string;
    };
    ErrorResponse: {
      error: components['schemas']['Error'];
    };
    FunctionObject: {
      /** @description A description of what the function does, used by the model to choose when and how to call the function. */
      description?: string;
      /** @description The name of the function to be called. */
      name: string;
      parameters?: components['schemas']['FunctionParameters'];
      strict?: boolean | null;
    };
    /** @description The parameters the functions accepts, described as a JSON Schema object. */
    FunctionParameters: {
      [key: string]: unknown;
    };
    ListModelsResponse: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['Model'][];
    };
    Metadata: {
      [key: string]: string;
    } | null;
    /** @description Describes an OpenAI model offering that can be used with the API. */
    Model: {
      /** @description The model identifier, which can be referenced in the API endpoints. */
      id: string;
      /** @description The Unix timestamp (in seconds) when the model was created. */
      created: number;
      /**
       * @description The object type, which is always "model".
       * @enum {string}
       */
      object: 'model';
      /** @description The organization that owns the model. */
      owned_by: string;
      /** @description The date when the model will shut down, or null if not announced. */
      shutdown_date?: string | null;
    };
    /** @description Model id: "provider/model" or a bare model id. */
    ModelIdsShared: string;
    ModelResponseProperties: {
      metadata?: components['schemas']['Metadata'];
      top_logprobs?: number | null;
      temperature?: number | null;
      top_p?: number | null;
      /**
       * @deprecated
       * @description This field is being replaced by `safety_identifier` and `prompt_cache_key`.
       */
      user?: string;
      safety_identifier?: string | null;
      prompt_cache_key?: string | null;
      /** @deprecated */
      prompt_cache_retention?: ('in_memory' | '24h') | null;
    };
    /** @description The moderation policy for the response input. */
    ModerationConfigParam: {
      mode: components['schemas']['ModerationMode'];
    };
    /** @enum {string} */
    ModerationInputType: 'text' | 'image';
    /** @enum {string} */
    ModerationMode: 'score' | 'block';
    /** @description Configuration for running moderation on the input and output of this response. */
    ModerationParam: {
      /** @description The moderation model to use for moderated completions, e.g. */
      model: string;
      policy?: components['schemas']['ModerationPolicyParam'] | null;
    };
    /** @description The policy to apply to moderated response input and output. */
    ModerationPolicyParam: {
      input?: components['schemas']['ModerationConfigParam'] | null;
      output?: components['schemas']['ModerationConfigParam'] | null;
    };
    /** @description A moderation result produced for the response input or output. */
    ModerationResultBody: {
      /**
       * @description The object type, which was always `moderation_result` for successful moderation results.
       * @default moderation_result
       * @enum {string}
       */
      type: 'moderation_result';
      /** @description The moderation model that produced this result. */
      model: string;
      /** @description A boolean indicating whether the content was flagged by any category. */
      flagged: boolean;
      /** @description A dictionary of moderation categories to booleans, True if the input is flagged under this category. */
      categories: {
        [key: string]: boolean;
      };
      /** @description A dictionary of moderation categories to scores. */
      category_scores: {
        [key: string]: number;
      };
      /** @description Which modalities of input are reflected by the score for each category. */
      category_applied_input_types: {
        [key: string]: components['schemas']['ModerationInputType'][];
      };
    };
    /**
     * @description Whether to enable parallel function calling during tool use.
     * @default true
     */
    ParallelToolCalls: boolean;
    /** @description Static predicted output content, such as the content of a text file that is being regenerated. */
    PredictionContent: {
      /**
       * @description The type of the predicted content you want to provide.
       * @enum {string}
       */
      type: 'content';
      /** @description The content that should be matched when generating a model response. */
      content: string | components['schemas']['ChatCompletionRequestMessageContentPartText'][];
    };
    /** @description Marks the exact end of a reusable prompt prefix. */
    PromptCacheBreakpointParam: {
      /**
       * @description The breakpoint mode.
       * @default explicit
       * @enum {string}
       */
      mode: 'explicit';
    };
    /** @enum {string} */
    PromptCacheModeEnum: 'implicit' | 'explicit';
    /** @description Options for prompt caching. */
    PromptCacheOptionsParam: {
      /** @description The minimum lifetime applied to every implicit and explicit cache breakpoint written by the request. */
      ttl?: components['schemas']['PromptCacheTTLEnum'];
      /** @description Controls whether OpenAI automatically creates an implicit cache breakpoint. */
      mode?: components['schemas']['PromptCacheModeEnum'];
    };
    /** @enum {string} */
    PromptCacheTTLEnum: '30m';
    ReasoningEffort: ('none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | 'max') | null;
    /** @description JSON object response format. */
    ResponseFormatJsonObject: {
      /**
       * @description The type of response format being defined.
       * @enum {string}
       */
      type: 'json_object';
    };
    /** @description JSON Schema response format. */
    ResponseFormatJsonSchema: {
      /**
       * @description The type of response format being defined.
       * @enum {string}
       */
      type: 'json_schema';
      /** @description Structured Outputs configuration options, including a JSON Schema. */
      json_schema: {
        /** @description A description of what the response format is for, used by the model to determine how to respond in the format. */
        description?: string;
        /** @description The name of the response format. */
        name: string;
        schema?: components['schemas']['ResponseFormatJsonSchemaSchema'];
        strict?: boolean | null;
      };
    };
    /** @description The schema for the response format, described as a JSON Schema object. */
    ResponseFormatJsonSchemaSchema: {
      [key: string]: unknown;
    };
    /** @description Default response format. */
    ResponseFormatText: {
      /**
       * @description The type of response format being defined.
       * @enum {string}
       */
      type: 'text';
    };
    ResponseModalities: ('text' | 'audio')[] | null;
    ServiceTier: ('auto' | 'default' | 'flex' | 'scale' | 'priority' | 'fast') | null;
    /** @description Not supported with latest reasoning models `o3` and `o4-mini`. */
    StopConfiguration: ((string | null) | string[]) | null;
    Verbosity: ('low' | 'medium' | 'high') | null;
    /** @description A built-in voice name or a custom voice reference. */
    VoiceIdsOrCustomVoice:
      | components['schemas']['VoiceIdsShared']
      | {
          /** @description The custom voice ID, e.g. */
          id: string;
        };
    VoiceIdsShared:
      | string
      | ('alloy' | 'ash' | 'ballad' | 'coral' | 'echo' | 'sage' | 'shimmer' | 'verse' | 'marin' | 'cedar');
    /**
     * @description High level guidance for the amount of context window space to use for the  search.
     * @default medium
     * @enum {string}
     */
    WebSearchContextSize: 'low' | 'medium' | 'high';
    /** @description Approximate location parameters for the search. */
    WebSearchLocation: {
      /** @description The two-letter  ISO country code of the user, e.g. */
      country?: string;
      /** @description Free text input for the region of the user, e.g. */
      region?: string;
      /** @description Free text input for the city of the user, e.g. */
      city?: string;
      /** @description The IANA timezone  of the user, e.g. */
      timezone?: string;
    };
    WebSearchApproximateLocation: {
      /**
       * @default approximate
       * @enum {string}
       */
      type?: 'approximate';
      country?: string | null;
      region?: string | null;
      city?: string | null;
      timezone?: string | null;
    } | null;
    WebSearchFilters: {
      allowed_domains?: string[] | null;
    } | null;
    /**
     * Web search
     * @description Search the web for sources related to the prompt: run by the gateway against its configured search backend (docs/responses.md); without one the tool is echoed but not offered to the model.
     */
    WebSearchTool: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'web_search' | 'web_search_2025_08_26';
      /** @description false asks for cached/offline results only; only a backend configured as offline serves it. */
      external_web_access?: boolean;
      filters?: components['schemas']['WebSearchFilters'];
      user_location?: components['schemas']['WebSearchApproximateLocation'];
      search_context_size?: components['schemas']['WebSearchContextSize'];
    };
    /**
     * Web search preview
     * @description The earlier form of the web search tool; served as web_search is.
     */
    WebSearchPreviewTool: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'web_search_preview' | 'web_search_preview_2025_03_11';
      user_location?: components['schemas']['WebSearchApproximateLocation'];
      search_context_size?: components['schemas']['WebSearchContextSize'];
      search_content_types?: ('text' | 'image')[];
    };
    /** Search action */
    WebSearchActionSearch: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'search';
      /** @description The search query. */
      query?: string;
      queries?: string[];
      /** @description The results given to the model (with include web_search_call.action.sources). */
      sources?: {
        /** @enum {string} */
        type: 'url';
        url: string;
      }[];
    };
    /** Open page action */
    WebSearchActionOpenPage: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'open_page';
      url?: string | null;
    };
    /** Find action */
    WebSearchActionFind: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'find_in_page';
      url: string;
      pattern: string;
    };
    /**
     * Web search call
     * @description A web search the gateway ran for the model.
     */
    WebSearchCall: {
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'web_search_call';
      /** @enum {string} */
      status: 'in_progress' | 'searching' | 'completed' | 'failed';
      action:
        | components['schemas']['WebSearchActionSearch']
        | components['schemas']['WebSearchActionOpenPage']
        | components['schemas']['WebSearchActionFind'];
    };
    /** @description A web search call started. */
    ResponseWebSearchCallInProgressStreamingEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'response.web_search_call.in_progress';
      sequence_number: number;
      output_index: number;
      item_id: string;
    };
    /** @description A web search call is searching. */
    ResponseWebSearchCallSearchingStreamingEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'response.web_search_call.searching';
      sequence_number: number;
      output_index: number;
      item_id: string;
    };
    /** @description A web search call finished. */
    ResponseWebSearchCallCompletedStreamingEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'response.web_search_call.completed';
      sequence_number: number;
      output_index: number;
      item_id: string;
    };
    /** @enum {string} */
    RankerVersionType: 'auto' | 'default-2024-11-15';
    HybridSearchOptions: {
      /** @description The weight of the embedding in the reciprocal ranking fusion. */
      embedding_weight: number;
      /** @description The weight of the text in the reciprocal ranking fusion. */
      text_weight: number;
    };
    RankingOptions: {
      /** @description The ranker to use for the file search. */
      ranker?: components['schemas']['RankerVersionType'];
      /** @description The score threshold for the file search, 0 to 1; results scoring below it are left out. */
      score_threshold?: number;
      /** @description Weights that control how reciprocal rank fusion balances embedding matches against keyword matches in hybrid search. */
      hybrid_search?: components['schemas']['HybridSearchOptions'];
    };
    /**
     * File search
     * @description Searches the gateway's vector stores for content relevant to the prompt: run by the gateway (the model is offered a search function; its calls become file_search_call items).
     */
    FileSearchTool: {
      /**
       * @description Always `file_search`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'file_search';
      /** @description The IDs of the vector stores to search. */
      vector_store_ids: string[];
      /** @description The maximum number of results to return, 1 to 50. */
      max_num_results?: number;
      /** @description Ranking options for search. */
      ranking_options?: components['schemas']['RankingOptions'];
      /** @description A filter over file attributes. */
      filters?: components['schemas']['Filters'] | null;
      /** @description Gateway extension (not in OpenAI's API): the mode of this tool's searches, else each store's. vector or hybrid on a store without embeddings is a 400 naming search_mode. */
      search_mode?: components['schemas']['VectorStoreSearchMode'];
    };
    /**
     * File search tool call
     * @description A file search the gateway ran for the model.
     */
    FileSearchToolCall: {
      /** @description The unique ID of the file search tool call. */
      id: string;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'file_search_call';
      /** @enum {string} */
      status: 'in_progress' | 'searching' | 'completed' | 'incomplete' | 'failed';
      /** @description The queries used to search for files. */
      queries: string[];
      results?:
        | {
            /** @description The unique ID of the file. */
            file_id?: string;
            /** @description The text that was retrieved from the file. */
            text?: string;
            /** @description The name of the file. */
            filename?: string;
            attributes?: components['schemas']['VectorStoreFileAttributes'];
            /**
             * Format: float
             * @description The relevance score of the file, between 0 and 1.
             */
            score?: number;
          }[]
        | null;
    };
    /** @description A file search call started. */
    ResponseFileSearchCallInProgressEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'response.file_search_call.in_progress';
      output_index: number;
      item_id: string;
      sequence_number: number;
    };
    /** @description A file search call is searching. */
    ResponseFileSearchCallSearchingEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'response.file_search_call.searching';
      output_index: number;
      item_id: string;
      sequence_number: number;
    };
    /** @description A file search call finished. */
    ResponseFileSearchCallCompletedEvent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'response.file_search_call.completed';
      output_index: number;
      item_id: string;
      sequence_number: number;
    };
    CreateFileRequest: {
      /**
       * Format: binary
       * @description The file (not its name) to upload.
       */
      file: string;
      /**
       * @description The intended purpose of the file; `user_data` or `assistants` for Responses inputs.
       * @enum {string}
       */
      purpose: 'assistants' | 'batch' | 'fine-tune' | 'vision' | 'user_data' | 'evals';
      expires_after?: components['schemas']['FileExpirationAfter'];
    };
    /**
     * File expiration policy
     * @description When the file expires. By default, files with purpose `batch` expire after 30 days and all other files are kept until they are deleted.
     */
    FileExpirationAfter: {
      /**
       * @description The timestamp the expiry counts from; only `created_at`.
       * @enum {string}
       */
      anchor: 'created_at';
      /**
       * Format: int64
       * @description Seconds after the anchor at which the file expires, 3600 (1 hour) to 2592000 (30 days).
       */
      seconds: number;
    };
    /**
     * OpenAIFile
     * @description An uploaded file.
     */
    OpenAIFile: {
      /** @description The file identifier, which can be referenced in the API endpoints. */
      id: string;
      /** @description The size of the file, in bytes. */
      bytes: number;
      /** @description The Unix timestamp (in seconds) for when the file was created. */
      created_at: number;
      /** @description The Unix timestamp (in seconds) for when the file will expire; absent when it does not. */
      expires_at?: number;
      /** @description The name of the file. */
      filename: string;
      /**
       * @description The object type, which is always `file`.
       * @enum {string}
       */
      object: 'file';
      /**
       * @description The intended purpose of the file.
       * @enum {string}
       */
      purpose:
        | 'assistants'
        | 'assistants_output'
        | 'batch'
        | 'batch_output'
        | 'fine-tune'
        | 'fine-tune-results'
        | 'vision'
        | 'user_data'
        | 'evals';
      /**
       * @deprecated
       * @description Deprecated. Always `processed` here.
       * @enum {string}
       */
      status: 'uploaded' | 'processed' | 'error';
      /**
       * @deprecated
       * @description Deprecated.
       */
      status_details?: string;
    };
    ListFilesResponse: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['OpenAIFile'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    DeleteFileResponse: {
      id: string;
      /** @enum {string} */
      object: 'file';
      deleted: boolean;
    };
    /**
     * Item reference
     * @description An internal identifier for an item to reference.
     */
    ItemReferenceParam: {
      type?: 'item_reference' | null;
      /** @description The ID of the item to reference. */
      id: string;
    };
    ReasoningSummaryContentParam: {
      /**
       * @description The content type.
       * @enum {string}
       */
      type: 'summary_text';
      /** @description The reasoning summary text. */
      text: string;
    };
    ReasoningItemParam: {
      id?: string | null;
      /**
       * @description The item type.
       * @enum {string}
       */
      type: 'reasoning';
      /** @description Reasoning summary content associated with this item. */
      summary: components['schemas']['ReasoningSummaryContentParam'][];
      content?: components['schemas']['ReasoningTextContent'][] | null;
      encrypted_content?: string | null;
    };
    /**
     * Compaction item
     * @description A compaction item generated by the [`v1/responses/compact` API](/docs/api-reference/responses/compact).
     */
    CompactionSummaryItemParam: {
      id?: string | null;
      /**
       * @description The type of the item.
       * @enum {string}
       */
      type: 'compaction';
      /** @description The encrypted content of the compaction summary. */
      encrypted_content: string;
    };
    /**
     * Input text
     * @description A text input to the model.
     */
    InputTextContentParam: {
      /**
       * @description The type of the input item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_text';
      /** @description The text input to the model. */
      text: string;
    };
    /** @enum {string} */
    DetailEnum: 'low' | 'high' | 'auto';
    /**
     * Input image
     * @description An image input to the model.
     */
    InputImageContentParamAutoParam: {
      /**
       * @description The type of the input item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_image';
      image_url?: string | null;
      detail?: (components['schemas']['ImageDetail'] & unknown) | null;
      /** @description The ID of an uploaded file. */
      file_id?: string | null;
    };
    /**
     * Input file
     * @description A file input to the model.
     */
    InputFileContentParam: {
      /**
       * @description The type of the input item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_file';
      filename?: string | null;
      file_data?: string | null;
      file_url?: string | null;
      /** @description The ID of an uploaded file. */
      file_id?: string | null;
    };
    UserMessageItemParam: {
      id?: string | null;
      /**
       * @description The item type.
       * @enum {string}
       */
      type?: 'message';
      /**
       * @description The message role.
       * @enum {string}
       */
      role: 'user';
      /** @description The message content, as an array of content parts. */
      content:
        | (
            | components['schemas']['InputTextContentParam']
            | components['schemas']['InputImageContentParamAutoParam']
            | components['schemas']['InputFileContentParam']
          )[]
        | string;
      status?: string | null;
    };
    SystemMessageItemParam: {
      id?: string | null;
      /**
       * @description The item type.
       * @enum {string}
       */
      type?: 'message';
      /**
       * @description The message role.
       * @enum {string}
       */
      role: 'system';
      /** @description The message content, as an array of content parts. */
      content: components['schemas']['InputTextContentParam'][] | string;
      status?: string | null;
    };
    DeveloperMessageItemParam: {
      id?: string | null;
      /**
       * @description The item type.
       * @enum {string}
       */
      type?: 'message';
      /**
       * @description The message role.
       * @enum {string}
       */
      role: 'developer';
      /** @description The message content, as an array of content parts. */
      content: components['schemas']['InputTextContentParam'][] | string;
      status?: string | null;
    };
    UrlCitationParam: {
      /**
       * @description The citation type. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'url_citation';
      /** @description The index of the first character of the citation in the message. */
      start_index: number;
      /** @description The index of the last character of the citation in the message. */
      end_index: number;
      /** @description The URL of the cited resource. */
      url: string;
      /** @description The title of the cited resource. */
      title: string;
    };
    OutputTextContentParam: {
      /**
       * @description The content type. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'output_text';
      /** @description The text content. */
      text: string;
      /** @description Citations associated with the text content. */
      annotations?: (components['schemas']['UrlCitationParam'] | components['schemas']['FileCitationBody'])[];
    };
    RefusalContentParam: {
      /**
       * @description The content type. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'refusal';
      /** @description The refusal text. */
      refusal: string;
    };
    AssistantMessageItemParam: {
      id?: string | null;
      /**
       * @description The item type.
       * @enum {string}
       */
      type?: 'message';
      /**
       * @description The role of the message author.
       * @enum {string}
       */
      role: 'assistant';
      /** @description The message content, as an array of content parts. */
      content:
        | (components['schemas']['OutputTextContentParam'] | components['schemas']['RefusalContentParam'])[]
        | string;
      /**
       * @description Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
       * @enum {string}
       */
      phase?: 'commentary' | 'final_answer';
      status?: string | null;
    };
    /** @enum {string} */
    FunctionCallItemStatus: 'in_progress' | 'completed' | 'incomplete';
    FunctionCallItemParam: {
      id?: string | null;
      /** @description The unique ID of the function tool call generated by the model. */
      call_id: string;
      /**
       * @description The item type.
       * @enum {string}
       */
      type: 'function_call';
      /** @description The name of the function to call. */
      name: string;
      /** @description The namespace of the function, for a function of a namespace tool. */
      namespace?: string;
      /** @description The function arguments as a JSON string. */
      arguments: string;
      status?: (components['schemas']['FunctionCallStatus'] & unknown) | null;
    };
    /**
     * Function tool call output
     * @description The output of a function tool call.
     */
    FunctionCallOutputItemParam: {
      id?: string | null;
      /** @description The unique ID of the function tool call generated by the model. */
      call_id: string;
      /**
       * @description The type of the function tool call output.
       * @enum {string}
       */
      type: 'function_call_output';
      /** @description Text, image, or file output of the function tool call. */
      output:
        | string
        | (
            | components['schemas']['InputTextContentParam']
            | components['schemas']['InputImageContentParamAutoParam']
            | components['schemas']['InputFileContentParam']
            | components['schemas']['InputVideoContent']
          )[];
      status?: (components['schemas']['FunctionCallStatus'] & unknown) | null;
    };
    ItemParam:
      | components['schemas']['ItemReferenceParam']
      | components['schemas']['ReasoningItemParam']
      | components['schemas']['CompactionSummaryItemParam']
      | components['schemas']['UserMessageItemParam']
      | components['schemas']['SystemMessageItemParam']
      | components['schemas']['DeveloperMessageItemParam']
      | components['schemas']['AssistantMessageItemParam']
      | components['schemas']['FunctionCallItemParam']
      | components['schemas']['FunctionCallOutputItemParam']
      | components['schemas']['WebSearchCall']
      | components['schemas']['FileSearchToolCall']
      | components['schemas']['CustomToolCallItemParam']
      | components['schemas']['CustomToolCallOutputItemParam']
      | components['schemas']['LocalShellCallItemParam']
      | components['schemas']['LocalShellCallOutputItemParam']
      | components['schemas']['FunctionShellCallItemParam']
      | components['schemas']['FunctionShellCallOutputItemParam']
      | components['schemas']['ApplyPatchToolCallItemParam']
      | components['schemas']['ApplyPatchToolCallOutputItemParam']
      | components['schemas']['ToolSearchCallItemParam']
      | components['schemas']['ToolSearchOutputItemParam']
      | components['schemas']['AdditionalToolsItemParam'];
    /** Custom tool call */
    CustomToolCallItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'custom_tool_call';
      call_id: string;
      namespace?: string;
      name: string;
      input: string;
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Custom tool call output */
    CustomToolCallOutputItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'custom_tool_call_output';
      call_id: string;
      output:
        | string
        | (
            | components['schemas']['InputTextContentParam']
            | components['schemas']['InputImageContentParamAutoParam']
            | components['schemas']['InputFileContentParam']
          )[];
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Local shell call */
    LocalShellCallItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'local_shell_call';
      call_id: string;
      action: components['schemas']['LocalShellExecAction'];
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Local shell call output */
    LocalShellCallOutputItemParam: {
      /** @description The call ID of the local shell call this is the output of. */
      id: string;
      /** @description The same call ID, as OpenAI's spec also names it (its types name it `id`). */
      call_id?: string;
      /** @enum {string} */
      type: 'local_shell_call_output';
      output: string;
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Shell tool call */
    FunctionShellCallItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'shell_call';
      call_id: string;
      action: components['schemas']['FunctionShellActionParam'];
      status?: components['schemas']['CallItemStatus'] | null;
      environment?: components['schemas']['LocalEnvironmentParam'] | null;
    };
    /** Shell tool call output */
    FunctionShellCallOutputItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'shell_call_output';
      call_id: string;
      output: components['schemas']['FunctionShellCallOutputContent'][];
      max_output_length?: number | null;
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Apply patch tool call */
    ApplyPatchToolCallItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'apply_patch_call';
      call_id: string;
      /** @enum {string} */
      status: 'in_progress' | 'completed';
      operation: components['schemas']['ApplyPatchOperation'];
    };
    /** Apply patch tool call output */
    ApplyPatchToolCallOutputItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'apply_patch_call_output';
      call_id: string;
      /** @enum {string} */
      status: 'completed' | 'failed';
      output?: string | null;
    };
    /** Tool search call */
    ToolSearchCallItemParam: {
      id?: string | null;
      call_id?: string | null;
      /** @enum {string} */
      type: 'tool_search_call';
      execution?: components['schemas']['ToolSearchExecutionType'];
      /** @description The arguments supplied to the tool search call. */
      arguments: unknown;
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Tool search output */
    ToolSearchOutputItemParam: {
      id?: string | null;
      call_id?: string | null;
      /** @enum {string} */
      type: 'tool_search_output';
      execution?: components['schemas']['ToolSearchExecutionType'];
      tools: components['schemas']['ResponsesToolParam'][];
      status?: components['schemas']['CallItemStatus'] | null;
    };
    /** Additional tools */
    AdditionalToolsItemParam: {
      id?: string | null;
      /** @enum {string} */
      type: 'additional_tools';
      /** @enum {string} */
      role: 'developer';
      tools: components['schemas']['ResponsesToolParam'][];
    };
    /** @enum {string} */
    IncludeEnum:
      | 'reasoning.encrypted_content'
      | 'message.output_text.logprobs'
      | 'web_search_call.action.sources'
      | 'file_search_call.results';
    /**
     * @description OpenAI's IncludeEnum, as its conversation item operations take it.
     * @enum {string}
     */
    ConversationIncludeEnum:
      | 'file_search_call.results'
      | 'web_search_call.results'
      | 'web_search_call.action.sources'
      | 'message.input_image.image_url'
      | 'computer_call_output.output.image_url'
      | 'code_interpreter_call.outputs'
      | 'reasoning.encrypted_content'
      | 'message.output_text.logprobs';
    EmptyModelParam: Record<string, never>;
    FunctionToolParam: {
      name: string;
      description?: string | null;
      parameters?: components['schemas']['EmptyModelParam'] | null;
      strict?: boolean | null;
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'function';
      output_schema?: {
        [key: string]: unknown;
      } | null;
      /** @description Whether this function is deferred and discovered via tool search. A chat backend has no tool search of its own, so the gateway offers a deferred function like any other. */
      defer_loading?: boolean;
    };
    ResponsesToolParam:
      | components['schemas']['FunctionToolParam']
      | components['schemas']['WebSearchTool']
      | components['schemas']['WebSearchPreviewTool']
      | components['schemas']['FileSearchTool']
      | components['schemas']['NamespaceToolParam']
      | components['schemas']['CustomToolParam']
      | components['schemas']['LocalShellToolParam']
      | components['schemas']['FunctionShellToolParam']
      | components['schemas']['ApplyPatchToolParam']
      | components['schemas']['ToolSearchToolParam'];
    SpecificFunctionParam: {
      /**
       * @description The tool to call.
       * @enum {string}
       */
      type: 'function';
      /** @description The name of the function tool to call. */
      name: string;
    };
    SpecificCustomParam: {
      /**
       * @description The tool to call.
       * @enum {string}
       */
      type: 'custom';
      /** @description The name of the custom tool to call. */
      name: string;
    };
    SpecificHostedToolParam: {
      /**
       * @description The hosted tool to call (OpenAI's ToolChoiceTypes and programmatic_tool_calling; web_search as well, which the Vercel AI SDK sends). The web_search tools and file_search run on this gateway.
       * @enum {string}
       */
      type:
        | 'web_search'
        | 'web_search_2025_08_26'
        | 'web_search_preview'
        | 'web_search_preview_2025_03_11'
        | 'file_search'
        | 'computer'
        | 'computer_use_preview'
        | 'computer_use'
        | 'image_generation'
        | 'code_interpreter'
        | 'programmatic_tool_calling';
    };
    SpecificMCPParam: {
      /** @enum {string} */
      type: 'mcp';
      /** @description The label of the MCP server to use. */
      server_label: string;
      /** @description The name of the tool to call on the server. */
      name?: string | null;
    };
    SpecificApplyPatchParam: {
      /**
       * @description Forces the model to call the apply_patch tool.
       * @enum {string}
       */
      type: 'apply_patch';
    };
    SpecificFunctionShellParam: {
      /**
       * @description Forces the model to call the shell tool.
       * @enum {string}
       */
      type: 'shell';
    };
    SpecificToolChoiceParam:
      | components['schemas']['SpecificFunctionParam']
      | components['schemas']['SpecificCustomParam']
      | components['schemas']['SpecificHostedToolParam']
      | components['schemas']['SpecificMCPParam']
      | components['schemas']['SpecificApplyPatchParam']
      | components['schemas']['SpecificFunctionShellParam'];
    /** @enum {string} */
    ToolChoiceValueEnum: 'none' | 'auto' | 'required';
    AllowedToolsParam: {
      /**
       * @description The tool choice type.
       * @enum {string}
       */
      type: 'allowed_tools';
      /** @description The list of tools that are permitted for this request. */
      tools: components['schemas']['SpecificToolChoiceParam'][];
      mode?: components['schemas']['ToolChoiceValueEnum'] & unknown;
    };
    /** @description Controls which tool the model should use, if any. */
    ToolChoiceParam:
      | components['schemas']['SpecificToolChoiceParam']
      | components['schemas']['ToolChoiceValueEnum']
      | components['schemas']['AllowedToolsParam'];
    /** @description Set of 16 key-value pairs that can be attached to an object; keys up to 64 characters, values up to 512 (OpenAI's limits). */
    MetadataParam: {
      [key: string]: string;
    };
    /** @enum {string} */
    VerbosityEnum: 'low' | 'medium' | 'high';
    TextParam: {
      /** @description The format configuration for text output. */
      format?: components['schemas']['TextFormatParam'] | null;
      verbosity?: (components['schemas']['VerbosityEnum'] & unknown) | null;
    };
    /** @description Options that control streamed response behavior. */
    StreamOptionsParam: {
      /** @description Whether to obfuscate sensitive information in streamed output. */
      include_obfuscation?: boolean;
    };
    /** @enum {string} */
    ReasoningEffortEnum: 'none' | 'low' | 'medium' | 'high' | 'xhigh';
    /** @enum {string} */
    ReasoningSummaryEnum: 'concise' | 'detailed' | 'auto';
    /** @description **gpt-5 and o-series models only** Configuration options for [reasoning models](https://platform.openai.com/docs/guides/reasoning). */
    ReasoningParam: {
      effort?: components['schemas']['ReasoningEffortEnum'] | null;
      summary?: (components['schemas']['ReasoningSummaryEnum'] & unknown) | null;
    };
    /** @enum {string} */
    TruncationEnum: 'auto' | 'disabled';
    /** @enum {string} */
    ServiceTierEnum: 'auto' | 'default' | 'flex' | 'priority';
    CreateResponseBody: {
      model?: string | null;
      input?: (string | components['schemas']['ItemParam'][]) | null;
      previous_response_id?: string | null;
      include?: components['schemas']['IncludeEnum'][] | null;
      tools?: components['schemas']['ResponsesToolParam'][] | null;
      tool_choice?: (components['schemas']['ToolChoiceParam'] & unknown) | null;
      metadata?: (components['schemas']['MetadataParam'] & unknown) | null;
      text?: (components['schemas']['TextParam'] & unknown) | null;
      temperature?: number | null;
      top_p?: number | null;
      presence_penalty?: number | null;
      frequency_penalty?: number | null;
      parallel_tool_calls?: boolean | null;
      stream?: boolean | null;
      stream_options?: (components['schemas']['StreamOptionsParam'] & unknown) | null;
      background?: boolean | null;
      max_output_tokens?: number | null;
      max_tool_calls?: number | null;
      reasoning?: (components['schemas']['ReasoningParam'] & unknown) | null;
      safety_identifier?: string | null;
      prompt_cache_key?: string | null;
      truncation?: (components['schemas']['TruncationEnum'] & unknown) | null;
      instructions?: string | null;
      store?: boolean | null;
      service_tier?: (components['schemas']['ServiceTierEnum'] & unknown) | null;
      top_logprobs?: number | null;
      /**
       * @deprecated
       * @description Deprecated in favour of safety_identifier and prompt_cache_key; forwarded as the chat completion user.
       */
      user?: string;
      conversation?:
        | (
            | string
            | {
                /** @description The ID of the conversation. */
                id: string;
              }
          )
        | null;
      prompt?: components['schemas']['Prompt'];
      context_management?:
        | {
            type: string;
            compact_threshold?: number | null;
          }[]
        | null;
      prompt_cache_retention?: ('in-memory' | '24h') | null;
      moderation?: components['schemas']['ModerationParam'] | null;
      prompt_cache_options?: components['schemas']['PromptCacheOptionsParam'];
      client_metadata?: {
        [key: string]: string;
      } | null;
    };
    /**
     * Incomplete details
     * @description Details about why the response was incomplete.
     */
    IncompleteDetails: {
      /** @description The reason the response could not be completed. */
      reason: string;
    };
    /** @enum {string} */
    MessageRole: 'user' | 'assistant' | 'system' | 'developer';
    /**
     * Input text
     * @description A text input to the model.
     */
    InputTextContent: {
      /**
       * @description The type of the input item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_text';
      /** @description The text input to the model. */
      text: string;
    };
    /**
     * URL citation
     * @description A citation for a web resource used to generate a model response.
     */
    UrlCitationBody: {
      /**
       * @description The type of the URL citation. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'url_citation';
      /** @description The URL of the web resource. */
      url: string;
      /** @description The index of the first character of the URL citation in the message. */
      start_index: number;
      /** @description The index of the last character of the URL citation in the message. */
      end_index: number;
      /** @description The title of the web resource. */
      title: string;
    };
    /**
     * File citation
     * @description A citation to a file.
     */
    FileCitationBody: {
      /**
       * @description Always `file_citation`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'file_citation';
      /** @description The ID of the file. */
      file_id: string;
      /** @description The index of the file in the list of files. */
      index: number;
      /** @description The filename of the file cited. */
      filename: string;
    };
    /** @description An annotation that applies to a span of output text. */
    Annotation: components['schemas']['UrlCitationBody'] | components['schemas']['FileCitationBody'];
    /**
     * Top log probability
     * @description The top log probability of a token.
     */
    TopLogProb: {
      token: string;
      logprob: number;
      bytes: number[];
    };
    /**
     * Log probability
     * @description The log probability of a token.
     */
    LogProb: {
      token: string;
      logprob: number;
      bytes: number[];
      top_logprobs: components['schemas']['TopLogProb'][];
    };
    /**
     * Output text
     * @description A text output from the model.
     */
    OutputTextContent: {
      /**
       * @description The type of the output text. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'output_text';
      /** @description The text output from the model. */
      text: string;
      /** @description The annotations of the text output. */
      annotations: components['schemas']['Annotation'][];
      logprobs?: components['schemas']['LogProb'][];
    };
    /**
     * Text Content
     * @description A text content.
     */
    TextContent: {
      /**
       * @description discriminator enum property added by openapi-typescript
       * @enum {string}
       */
      type: 'text';
      text: string;
    };
    /**
     * Summary text
     * @description A summary text from the model.
     */
    SummaryTextContent: {
      /**
       * @description The type of the object. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'summary_text';
      /** @description A summary of the reasoning output from the model so far. */
      text: string;
    };
    /**
     * Reasoning text
     * @description Reasoning text from the model.
     */
    ReasoningTextContent: {
      /**
       * @description The type of the reasoning text. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'reasoning_text';
      /** @description The reasoning text from the model. */
      text: string;
    };
    /**
     * Refusal
     * @description A refusal from the model.
     */
    RefusalContent: {
      /**
       * @description The type of the refusal. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'refusal';
      /** @description The refusal explanation from the model. */
      refusal: string;
    };
    /** @enum {string} */
    ImageDetail: 'low' | 'high' | 'auto';
    /**
     * Input image
     * @description An image input to the model.
     */
    InputImageContent: {
      /**
       * @description The type of the input item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_image';
      image_url: string | null;
      /** @description The ID of the uploaded file the image is (OpenAI's field; not in Open Responses). */
      file_id?: string | null;
      detail: components['schemas']['ImageDetail'] & unknown;
    };
    /**
     * Input file
     * @description A file input to the model.
     */
    InputFileContent: {
      /**
       * @description The type of the input item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_file';
      /** @description The name of the file to be sent to the model. */
      filename?: string;
      /** @description The URL of the file to be sent to the model. */
      file_url?: string;
      /** @description The ID of the uploaded file (OpenAI's field; not in Open Responses). */
      file_id?: string | null;
      /** @description The file's content as a base64 data URL, as the client sent it (OpenAI's field). */
      file_data?: string;
    };
    /** @enum {string} */
    MessageStatus: 'in_progress' | 'completed' | 'incomplete';
    /**
     * Message
     * @description A message to or from the model.
     */
    Message: {
      /**
       * @description The type of the message. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'message';
      /** @description The unique ID of the message. */
      id: string;
      status: components['schemas']['MessageStatus'] & unknown;
      role: components['schemas']['MessageRole'] & unknown;
      /** @description The content of the message */
      content: (
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent']
        | components['schemas']['InputVideoContent']
      )[];
      /**
       * @description Labels an `assistant` message as intermediate commentary (`commentary`) or the final answer (`final_answer`).
       * @enum {string}
       */
      phase?: 'commentary' | 'final_answer';
    };
    /** @enum {string} */
    FunctionCallStatus: 'in_progress' | 'completed' | 'incomplete';
    /**
     * Function call
     * @description A function tool call that was generated by the model.
     */
    FunctionCall: {
      /**
       * @description The type of the item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function_call';
      /** @description The unique ID of the function call item. */
      id: string;
      /** @description The unique ID of the function tool call that was generated. */
      call_id: string;
      /** @description The name of the function that was called. */
      name: string;
      /** @description The namespace of the function that was called, for a function of a namespace tool. */
      namespace?: string;
      /** @description The arguments JSON string that was generated. */
      arguments: string;
      status: components['schemas']['FunctionCallStatus'] & unknown;
    };
    /**
     * @description Similar to `FunctionCallStatus`.
     * @enum {string}
     */
    FunctionCallOutputStatusEnum: 'in_progress' | 'completed' | 'incomplete';
    /**
     * Function call output
     * @description A function tool call output that was returned by the tool.
     */
    FunctionCallOutput: {
      /**
       * @description The type of the function tool call output. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function_call_output';
      /** @description The unique ID of the function tool call output. */
      id: string;
      /** @description The unique ID of the function tool call generated by the model. */
      call_id: string;
      output:
        | string
        | (
            | components['schemas']['InputTextContent']
            | components['schemas']['InputImageContent']
            | components['schemas']['InputFileContent']
          )[];
      status: components['schemas']['FunctionCallOutputStatusEnum'] & unknown;
    };
    /**
     * Reasoning item
     * @description A reasoning item that was generated by the model.
     */
    ReasoningBody: {
      /**
       * @description The type of the item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'reasoning';
      /** @description The unique ID of the reasoning item. */
      id: string;
      /** @description The reasoning content that was generated. */
      content?: (
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent']
      )[];
      /** @description The reasoning summary content that was generated. */
      summary: (
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent']
      )[];
      /** @description The encrypted reasoning content that was generated. */
      encrypted_content?: string;
      /**
       * @description The status of the item.
       * @enum {string}
       */
      status?: 'in_progress' | 'completed' | 'incomplete';
    };
    /**
     * Compaction item
     * @description A compaction item generated by the [`v1/responses/compact` API](/docs/api-reference/responses/compact).
     */
    CompactionBody: {
      /**
       * @description The type of the item. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'compaction';
      /** @description The unique ID of the compaction item. */
      id: string;
      /** @description The encrypted content that was produced by compaction. */
      encrypted_content: string;
      /** @description The identifier of the actor that created the item. */
      created_by?: string;
    };
    /**
     * Namespace
     * @description Groups function/custom tools under a shared namespace.
     */
    NamespaceToolParam: {
      /**
       * @description The type of the tool. Always `namespace`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'namespace';
      /** @description The namespace name used in tool calls (for example, `crm`). */
      name: string;
      /** @description A description of the namespace shown to the model. */
      description: string;
      /** @description The function/custom tools available inside this namespace. */
      tools: (components['schemas']['FunctionToolParam'] | components['schemas']['CustomToolParam'])[];
    };
    /**
     * Text format
     * @description Unconstrained free-form text.
     */
    CustomTextFormatParam: {
      /**
       * @description Unconstrained text format. Always `text`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'text';
    };
    /**
     * Grammar format
     * @description A grammar defined by the user.
     */
    CustomGrammarFormatParam: {
      /**
       * @description Grammar format. Always `grammar`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'grammar';
      /**
       * @description The syntax of the grammar definition. One of `lark` or `regex`.
       * @enum {string}
       */
      syntax: 'lark' | 'regex';
      /** @description The grammar definition. */
      definition: string;
    };
    /**
     * Custom tool
     * @description A custom tool that processes input using a specified format.
     */
    CustomToolParam: {
      /**
       * @description The type of the custom tool. Always `custom`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'custom';
      /** @description The name of the custom tool, used to identify it in tool calls. */
      name: string;
      /** @description Optional description of the custom tool, used to provide more context. */
      description?: string;
      /** @description The input format for the custom tool. Default is unconstrained text. */
      format?:
        components['schemas']['CustomTextFormatParam'] | components['schemas']['CustomGrammarFormatParam'];
      /** @description Whether this tool should be deferred and discovered via tool search. */
      defer_loading?: boolean;
    };
    /**
     * Local shell tool
     * @description A tool that allows the model to execute shell commands in a local environment.
     */
    LocalShellToolParam: {
      /**
       * @description The type of the local shell tool. Always `local_shell`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'local_shell';
    };
    LocalSkillParam: {
      /** @description The name of the skill. */
      name: string;
      /** @description The description of the skill. */
      description: string;
      /** @description The path to the directory containing the skill. */
      path: string;
    };
    LocalEnvironmentParam: {
      /**
       * @description Use a local computer environment.
       * @enum {string}
       */
      type: 'local';
      /** @description An optional list of skills. */
      skills?: components['schemas']['LocalSkillParam'][];
    };
    /**
     * Shell tool
     * @description A tool that allows the model to execute shell commands.
     */
    FunctionShellToolParam: {
      /**
       * @description The type of the shell tool. Always `shell`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'shell';
      /** @description Where the commands run. The gateway has no containers, so only the client's own (`local`) environment. */
      environment?: components['schemas']['LocalEnvironmentParam'] | null;
    };
    /**
     * Apply patch tool
     * @description Allows the assistant to create, delete, or update files using unified diffs.
     */
    ApplyPatchToolParam: {
      /**
       * @description The type of the tool. Always `apply_patch`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'apply_patch';
    };
    /**
     * Tool search tool
     * @description Hosted or client tool search configuration for deferred tools.
     */
    ToolSearchToolParam: {
      /**
       * @description The type of the tool. Always `tool_search`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'tool_search';
      /** @description Whether tool search is executed by the server or by the client. A client-executed search is offered to the model as a function; for a server-executed one (the default) the gateway offers the deferred tools directly. */
      execution?: components['schemas']['ToolSearchExecutionType'];
      description?: string | null;
      /** @description Parameter schema for a client-executed tool search tool. */
      parameters?: components['schemas']['EmptyModelParam'] | null;
    };
    /**
     * Local shell exec action
     * @description Execute a shell command on the client.
     */
    LocalShellExecAction: {
      /**
       * @description The type of the local shell action. Always `exec`.
       * @enum {string}
       */
      type: 'exec';
      /** @description The command to run. */
      command: string[];
      timeout_ms?: number | null;
      working_directory?: string | null;
      /** @description Environment variables to set for the command. */
      env: {
        [key: string]: string;
      };
      user?: string | null;
    };
    /**
     * Shell exec action
     * @description Execute a shell command.
     */
    FunctionShellAction: {
      /** @description A list of commands to run. */
      commands: string[];
      timeout_ms: number | null;
      max_output_length: number | null;
    };
    /** Shell action */
    FunctionShellActionParam: {
      /** @description Ordered shell commands for the execution environment to run. */
      commands: string[];
      timeout_ms?: number | null;
      max_output_length?: number | null;
    };
    /** Shell call timeout outcome */
    FunctionShellCallOutputTimeoutOutcome: {
      /**
       * @description The outcome type. Always `timeout`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'timeout';
    };
    /** Shell call exit outcome */
    FunctionShellCallOutputExitOutcome: {
      /**
       * @description The outcome type. Always `exit`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'exit';
      /** @description Exit code from the shell process. */
      exit_code: number;
    };
    /** Shell call output content */
    FunctionShellCallOutputContent: {
      /** @description The standard output that was captured. */
      stdout: string;
      /** @description The standard error output that was captured. */
      stderr: string;
      /** @description An exit outcome (with an exit code) or a timeout outcome. */
      outcome:
        | components['schemas']['FunctionShellCallOutputTimeoutOutcome']
        | components['schemas']['FunctionShellCallOutputExitOutcome'];
    };
    ApplyPatchCreateFileOperation: {
      /**
       * @description Create a new file with the provided diff. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'create_file';
      /** @description Path of the file to create. */
      path: string;
      /** @description Diff to apply. */
      diff: string;
    };
    ApplyPatchDeleteFileOperation: {
      /**
       * @description Delete the specified file. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'delete_file';
      /** @description Path of the file to delete. */
      path: string;
    };
    ApplyPatchUpdateFileOperation: {
      /**
       * @description Update an existing file with the provided diff. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'update_file';
      /** @description Path of the file to update. */
      path: string;
      /** @description Diff to apply. */
      diff: string;
    };
    /** @description One of the create_file, delete_file, or update_file operations applied via apply_patch. */
    ApplyPatchOperation:
      | components['schemas']['ApplyPatchCreateFileOperation']
      | components['schemas']['ApplyPatchDeleteFileOperation']
      | components['schemas']['ApplyPatchUpdateFileOperation'];
    /** @enum {string} */
    CallItemStatus: 'in_progress' | 'completed' | 'incomplete';
    /** @description Text, image, or file output of a tool call. */
    ToolCallOutputContent:
      | components['schemas']['InputTextContent']
      | components['schemas']['InputImageContent']
      | components['schemas']['InputFileContent'];
    /**
     * Custom tool call
     * @description A call to a custom tool created by the model.
     */
    CustomToolCall: {
      /**
       * @description The type of the custom tool call. Always `custom_tool_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'custom_tool_call';
      /** @description The unique ID of the custom tool call item. */
      id: string;
      /** @description An identifier used to map this custom tool call to a tool call output. */
      call_id: string;
      /** @description The namespace of the custom tool being called. */
      namespace?: string;
      /** @description The name of the custom tool being called. */
      name: string;
      /** @description The input for the custom tool call generated by the model. */
      input: string;
      status: components['schemas']['CallItemStatus'];
    };
    /**
     * Custom tool call output
     * @description The output of a custom tool call from the client's code, sent back to the model.
     */
    CustomToolCallOutput: {
      /**
       * @description The type of the custom tool call output. Always `custom_tool_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'custom_tool_call_output';
      /** @description The unique ID of the custom tool call output item. */
      id: string;
      /** @description The call ID, used to map this custom tool call output to a custom tool call. */
      call_id: string;
      output: string | components['schemas']['ToolCallOutputContent'][];
      status: components['schemas']['CallItemStatus'];
    };
    /**
     * Local shell call
     * @description A tool call to run a command on the local shell.
     */
    LocalShellCall: {
      /**
       * @description The type of the local shell call. Always `local_shell_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'local_shell_call';
      /** @description The unique ID of the local shell call. */
      id: string;
      /** @description The unique ID of the local shell tool call generated by the model. */
      call_id: string;
      action: components['schemas']['LocalShellExecAction'];
      status: components['schemas']['CallItemStatus'];
    };
    /**
     * Local shell call output
     * @description The output of a local shell tool call.
     */
    LocalShellCallOutput: {
      /**
       * @description The type of the local shell tool call output. Always `local_shell_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'local_shell_call_output';
      /** @description The unique ID of the local shell tool call generated by the model. */
      id: string;
      /** @description The same call ID, as OpenAI's spec requires it. */
      call_id: string;
      /** @description A JSON string of the output of the local shell tool call. */
      output: string;
      status: components['schemas']['CallItemStatus'];
    };
    /**
     * Shell tool call
     * @description A tool call that executes one or more shell commands.
     */
    FunctionShellCall: {
      /**
       * @description The type of the item. Always `shell_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'shell_call';
      /** @description The unique ID of the shell tool call. */
      id: string;
      /** @description The unique ID of the shell tool call generated by the model. */
      call_id: string;
      action: components['schemas']['FunctionShellAction'];
      status: components['schemas']['CallItemStatus'];
      /** @description Where the commands run; the client's own environment (`local`) or unsaid (null). */
      environment: components['schemas']['LocalEnvironmentParam'] | null;
    };
    /**
     * Shell call output
     * @description The output of a shell tool call.
     */
    FunctionShellCallOutput: {
      /**
       * @description The type of the shell call output. Always `shell_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'shell_call_output';
      /** @description The unique ID of the shell call output. */
      id: string;
      /** @description The unique ID of the shell tool call generated by the model. */
      call_id: string;
      status: components['schemas']['CallItemStatus'];
      /** @description An array of shell call output contents. */
      output: components['schemas']['FunctionShellCallOutputContent'][];
      max_output_length: number | null;
    };
    /**
     * Apply patch tool call
     * @description A tool call that applies file diffs by creating, deleting, or updating files.
     */
    ApplyPatchToolCall: {
      /**
       * @description The type of the item. Always `apply_patch_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'apply_patch_call';
      /** @description The unique ID of the apply patch tool call. */
      id: string;
      /** @description The unique ID of the apply patch tool call generated by the model. */
      call_id: string;
      /**
       * @description The status of the apply patch tool call. One of `in_progress` or `completed`.
       * @enum {string}
       */
      status: 'in_progress' | 'completed';
      operation: components['schemas']['ApplyPatchOperation'];
    };
    /**
     * Apply patch tool call output
     * @description The output emitted by an apply patch tool call.
     */
    ApplyPatchToolCallOutput: {
      /**
       * @description The type of the item. Always `apply_patch_call_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'apply_patch_call_output';
      /** @description The unique ID of the apply patch tool call output. */
      id: string;
      /** @description The unique ID of the apply patch tool call generated by the model. */
      call_id: string;
      /**
       * @description The status of the apply patch tool call output. One of `completed` or `failed`.
       * @enum {string}
       */
      status: 'completed' | 'failed';
      output?: string | null;
    };
    /** @enum {string} */
    ToolSearchExecutionType: 'server' | 'client';
    /**
     * Tool search call
     * @description A tool search the model made (kept in history; chat backends see it as a tool call).
     */
    ToolSearchCall: {
      /**
       * @description The type of the item. Always `tool_search_call`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'tool_search_call';
      /** @description The unique ID of the tool search call item. */
      id: string;
      call_id: string | null;
      execution: components['schemas']['ToolSearchExecutionType'];
      /** @description Arguments used for the tool search call. */
      arguments: unknown;
      status: components['schemas']['CallItemStatus'];
    };
    /**
     * Tool search output
     * @description The tools a tool search loaded; from then on they are offered to the model.
     */
    ToolSearchOutput: {
      /**
       * @description The type of the item. Always `tool_search_output`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'tool_search_output';
      /** @description The unique ID of the tool search output item. */
      id: string;
      call_id: string | null;
      execution: components['schemas']['ToolSearchExecutionType'];
      /** @description The loaded tool definitions returned by tool search. */
      tools: components['schemas']['ResponsesToolParam'][];
      status: components['schemas']['CallItemStatus'];
    };
    /**
     * Additional tools
     * @description Tools made available from this point of the conversation on.
     */
    AdditionalTools: {
      /**
       * @description The type of the item. Always `additional_tools`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'additional_tools';
      /** @description The unique ID of the additional tools item. */
      id: string;
      /**
       * @description The role that provided the additional tools.
       * @enum {string}
       */
      role: 'developer';
      /** @description The additional tool definitions made available at this item. */
      tools: components['schemas']['ResponsesToolParam'][];
    };
    /** @description An item representing a message, tool call, tool output, reasoning, or other response element. */
    ItemField:
      | components['schemas']['Message']
      | components['schemas']['FunctionCall']
      | components['schemas']['FunctionCallOutput']
      | components['schemas']['ReasoningBody']
      | components['schemas']['CompactionBody']
      | components['schemas']['WebSearchCall']
      | components['schemas']['FileSearchToolCall']
      | components['schemas']['CustomToolCall']
      | components['schemas']['CustomToolCallOutput']
      | components['schemas']['LocalShellCall']
      | components['schemas']['LocalShellCallOutput']
      | components['schemas']['FunctionShellCall']
      | components['schemas']['FunctionShellCallOutput']
      | components['schemas']['ApplyPatchToolCall']
      | components['schemas']['ApplyPatchToolCallOutput']
      | components['schemas']['ToolSearchCall']
      | components['schemas']['ToolSearchOutput']
      | components['schemas']['AdditionalTools'];
    Prompt: {
      /** @description The ID of the prompt template to use. */
      id: string;
      version?: string | null;
      variables?: components['schemas']['ResponsePromptVariables'];
    } | null;
    ResponsePromptVariables: {
      [key: string]:
        | string
        | components['schemas']['InputTextContentParam']
        | components['schemas']['InputImageContentParamAutoParam']
        | components['schemas']['InputFileContentParam'];
    } | null;
    /** @description The conversation this response belongs to. */
    ResponseConversation: {
      /** @description The ID of the conversation the response's items were appended to. */
      id: string;
    };
    /**
     * Error
     * @description An error that occurred while generating the response.
     */
    ResponseError: {
      /** @description A machine-readable error code that was returned. */
      code: string;
      /** @description A human-readable description of the error that was returned. */
      message: string;
    };
    /**
     * Function
     * @description Defines a function in your own code the model can choose to call.
     */
    FunctionTool: {
      /**
       * @description The type of the function tool. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'function';
      /** @description The name of the function to call. */
      name: string;
      description: string | null;
      parameters: {
        [key: string]: unknown;
      } | null;
      strict: boolean | null;
    };
    /** @description A tool that can be used to generate a response. */
    Tool:
      | components['schemas']['FunctionTool']
      | components['schemas']['WebSearchTool']
      | components['schemas']['WebSearchPreviewTool']
      | components['schemas']['FileSearchTool']
      | components['schemas']['NamespaceToolParam']
      | components['schemas']['CustomToolParam']
      | components['schemas']['LocalShellToolParam']
      | components['schemas']['FunctionShellToolParam']
      | components['schemas']['ApplyPatchToolParam']
      | components['schemas']['ToolSearchToolParam'];
    FunctionToolChoice: {
      /** @enum {string} */
      type: 'function';
      name?: string;
    };
    AllowedToolChoice: {
      /** @enum {string} */
      type: 'allowed_tools';
      tools: (
        | components['schemas']['FunctionToolChoice']
        | components['schemas']['SpecificCustomParam']
        | components['schemas']['SpecificHostedToolParam']
        | components['schemas']['SpecificMCPParam']
        | components['schemas']['SpecificApplyPatchParam']
        | components['schemas']['SpecificFunctionShellParam']
      )[];
      mode: components['schemas']['ToolChoiceValueEnum'];
    };
    TextResponseFormat: {
      /** @enum {string} */
      type: 'text';
    };
    JsonObjectResponseFormat: {
      /** @enum {string} */
      type: 'json_object';
    };
    JsonSchemaResponseFormat: {
      /** @enum {string} */
      type: 'json_schema';
      name: string;
      description: string | null;
      schema: {
        [key: string]: unknown;
      } | null;
      strict: boolean;
    };
    TextField: {
      format:
        | components['schemas']['TextResponseFormat']
        | components['schemas']['JsonObjectResponseFormat']
        | components['schemas']['JsonSchemaResponseFormat'];
      verbosity?: components['schemas']['VerbosityEnum'];
    };
    /**
     * Reasoning
     * @description Reasoning configuration and metadata that were used for the response.
     */
    Reasoning: {
      effort: components['schemas']['ReasoningEffortEnum'] | null;
      summary: (components['schemas']['ReasoningSummaryEnum'] & unknown) | null;
    };
    /**
     * Input tokens details
     * @description A breakdown of input token usage that was recorded.
     */
    InputTokensDetails: {
      /** @description The number of input tokens that were served from cache. */
      cached_tokens: number;
      /** @description The number of input tokens written to the cache (OpenAI's usage carries it; 0 when the upstream does not say). */
      cache_write_tokens?: number;
    };
    /**
     * Output tokens details
     * @description A breakdown of output token usage that was recorded.
     */
    OutputTokensDetails: {
      /** @description The number of output tokens that were attributed to reasoning. */
      reasoning_tokens: number;
    };
    /**
     * Usage
     * @description Token usage statistics that were recorded for the response.
     */
    Usage: {
      /** @description The number of input tokens that were used to generate the response. */
      input_tokens: number;
      /** @description The number of output tokens that were generated by the model. */
      output_tokens: number;
      /** @description The total number of tokens that were used. */
      total_tokens: number;
      input_tokens_details: components['schemas']['InputTokensDetails'] & unknown;
      output_tokens_details: components['schemas']['OutputTokensDetails'] & unknown;
    };
    /**
     * The response object
     * @description The complete response object that was returned by the Responses API.
     */
    ResponseResource: {
      /** @description The unique ID of the response that was created. */
      id: string;
      /**
       * @description The object type, which was always `response`.
       * @default response
       * @enum {string}
       */
      object: 'response';
      /** @description The Unix timestamp (in seconds) for when the response was created. */
      created_at: number;
      completed_at: number | null;
      /**
       * @description The status that was set for the response.
       * @enum {string}
       */
      status: 'completed' | 'failed' | 'in_progress' | 'cancelled' | 'queued' | 'incomplete';
      incomplete_details: (components['schemas']['IncompleteDetails'] & unknown) | null;
      /** @description The model that generated this response. */
      model: string;
      previous_response_id: string | null;
      instructions: string | null;
      /** @description The output items that were generated by the model. */
      output: components['schemas']['ItemField'][];
      error: (components['schemas']['ResponseError'] & unknown) | null;
      /** @description The tools that were available to the model during response generation. */
      tools: components['schemas']['Tool'][];
      tool_choice:
        | components['schemas']['FunctionToolChoice']
        | components['schemas']['ToolChoiceValueEnum']
        | components['schemas']['AllowedToolChoice']
        | components['schemas']['SpecificCustomParam']
        | components['schemas']['SpecificHostedToolParam']
        | components['schemas']['SpecificMCPParam']
        | components['schemas']['SpecificApplyPatchParam']
        | components['schemas']['SpecificFunctionShellParam'];
      truncation: components['schemas']['TruncationEnum'] & unknown;
      /** @description Whether the model was allowed to call multiple tools in parallel. */
      parallel_tool_calls: boolean;
      text: components['schemas']['TextField'] & unknown;
      /** @description The nucleus sampling parameter that was used for this response. */
      top_p: number;
      /** @description The presence penalty that was used to penalize new tokens based on whether they appear in the text so far. */
      presence_penalty: number;
      /** @description The frequency penalty that was used to penalize new tokens based on their frequency in the text so far. */
      frequency_penalty: number;
      /** @description The number of most likely tokens that were returned at each position, along with their log probabilities. */
      top_logprobs: number;
      /** @description The sampling temperature that was used for this response. */
      temperature: number;
      reasoning: (components['schemas']['Reasoning'] & unknown) | null;
      usage: (components['schemas']['Usage'] & unknown) | null;
      max_output_tokens: number | null;
      max_tool_calls: number | null;
      /** @description Whether this response was stored so it can be retrieved later. */
      store: boolean;
      /** @description Whether this request was run in the background. */
      background: boolean;
      /** @description The service tier that was used for this response. */
      service_tier: string;
      /** @description Developer-defined metadata that was associated with the response. */
      metadata: unknown;
      safety_identifier: string | null;
      prompt_cache_key: string | null;
      conversation?: components['schemas']['ResponseConversation'] | null;
      prompt?: components['schemas']['Prompt'];
    };
    /**
     * Response created event
     * @description A streaming event that indicated the response was created.
     */
    ResponseCreatedStreamingEvent: {
      /**
       * @description The type of the event, always `response.created`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.created';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      response: components['schemas']['ResponseResource'] & unknown;
    };
    /**
     * Response queued event
     * @description A streaming event that indicated the response was queued.
     */
    ResponseQueuedStreamingEvent: {
      /**
       * @description The type of the event, always `response.queued`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.queued';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      response: components['schemas']['ResponseResource'] & unknown;
    };
    /**
     * Response in progress event
     * @description A streaming event that indicated the response was in progress.
     */
    ResponseInProgressStreamingEvent: {
      /**
       * @description The type of the event, always `response.in_progress`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.in_progress';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      response: components['schemas']['ResponseResource'] & unknown;
    };
    /**
     * Response completed event
     * @description A streaming event that indicated the response was completed.
     */
    ResponseCompletedStreamingEvent: {
      /**
       * @description The type of the event, always `response.completed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.completed';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      response: components['schemas']['ResponseResource'] & unknown;
    };
    /**
     * Response failed event
     * @description A streaming event that indicated the response had failed.
     */
    ResponseFailedStreamingEvent: {
      /**
       * @description The type of the event, always `response.failed`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.failed';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      response: components['schemas']['ResponseResource'] & unknown;
    };
    /**
     * Response incomplete event
     * @description A streaming event that indicated the response was incomplete.
     */
    ResponseIncompleteStreamingEvent: {
      /**
       * @description The type of the event, always `response.incomplete`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.incomplete';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      response: components['schemas']['ResponseResource'] & unknown;
    };
    /**
     * Response output item added event
     * @description A streaming event that indicated an output item was added to the response.
     */
    ResponseOutputItemAddedStreamingEvent: {
      /**
       * @description The type of the event, always `response.output_item.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_item.added';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The index of the output item that was added. */
      output_index: number;
      item: (Omit<components['schemas']['ItemField'], 'type'> & unknown) | null;
    };
    /**
     * Response output item done event
     * @description A streaming event that indicated an output item was completed.
     */
    ResponseOutputItemDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.output_item.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_item.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The index of the output item that was completed. */
      output_index: number;
      item: (Omit<components['schemas']['ItemField'], 'type'> & unknown) | null;
    };
    /**
     * Response reasoning summary part added event
     * @description A streaming event that indicated a reasoning summary part was added.
     */
    ResponseReasoningSummaryPartAddedStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning_summary_part.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_part.added';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the summary part that was added. */
      summary_index: number;
      /** @description A content part that makes up an input or output item. */
      part:
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent'];
    };
    /**
     * Response reasoning summary part done event
     * @description A streaming event that indicated a reasoning summary part was completed.
     */
    ResponseReasoningSummaryPartDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning_summary_part.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_part.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the summary part that was completed. */
      summary_index: number;
      /** @description A content part that makes up an input or output item. */
      part:
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent'];
    };
    /**
     * Response content part added event
     * @description A streaming event that indicated a content part was added.
     */
    ResponseContentPartAddedStreamingEvent: {
      /**
       * @description The type of the event, always `response.content_part.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.content_part.added';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the content part that was added. */
      content_index: number;
      /** @description A content part that makes up an input or output item. */
      part:
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent'];
    };
    /**
     * Response content part done event
     * @description A streaming event that indicated a content part was completed.
     */
    ResponseContentPartDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.content_part.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.content_part.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the content part that was completed. */
      content_index: number;
      /** @description A content part that makes up an input or output item. */
      part:
        | components['schemas']['InputTextContent']
        | components['schemas']['OutputTextContent']
        | components['schemas']['TextContent']
        | components['schemas']['SummaryTextContent']
        | components['schemas']['ReasoningTextContent']
        | components['schemas']['RefusalContent']
        | components['schemas']['InputImageContent']
        | components['schemas']['InputFileContent'];
    };
    /**
     * Response output text delta event
     * @description A streaming event that indicated output text was incrementally added.
     */
    ResponseOutputTextDeltaStreamingEvent: {
      /**
       * @description The type of the event, always `response.output_text.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_text.delta';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the content part that was updated. */
      content_index: number;
      /** @description The text delta that was appended. */
      delta: string;
      /** @description The token log probabilities that were emitted with the delta, if any. */
      logprobs?: components['schemas']['LogProb'][];
      /** @description An obfuscation string that was added to pad the event payload. */
      obfuscation?: string;
    };
    /**
     * Response output text done event
     * @description A streaming event that indicated output text was completed.
     */
    ResponseOutputTextDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.output_text.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_text.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the content part that was completed. */
      content_index: number;
      /** @description The final text that was emitted. */
      text: string;
      /** @description The token log probabilities that were emitted with the final text, if any. */
      logprobs?: components['schemas']['LogProb'][];
    };
    /**
     * Response refusal delta event
     * @description A streaming event that indicated refusal text was incrementally added.
     */
    ResponseRefusalDeltaStreamingEvent: {
      /**
       * @description The type of the event, always `response.refusal.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.refusal.delta';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the refusal content that was updated. */
      content_index: number;
      /** @description The refusal text delta that was appended. */
      delta: string;
    };
    /**
     * Response refusal done event
     * @description A streaming event that indicated refusal text was completed.
     */
    ResponseRefusalDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.refusal.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.refusal.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the refusal content that was completed. */
      content_index: number;
      /** @description The final refusal text that was emitted. */
      refusal: string;
    };
    /**
     * Response reasoning delta event
     * @description A streaming event that indicated reasoning text was incrementally added.
     */
    ResponseReasoningDeltaStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning.delta';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the reasoning content that was updated. */
      content_index: number;
      /** @description The reasoning text delta that was appended. */
      delta: string;
      /** @description An obfuscation string that was added to pad the event payload. */
      obfuscation?: string;
    };
    /**
     * Response reasoning done event
     * @description A streaming event that indicated reasoning text was completed.
     */
    ResponseReasoningDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the reasoning content that was completed. */
      content_index: number;
      /** @description The final reasoning text that was emitted. */
      text: string;
    };
    /**
     * Response reasoning summary delta event
     * @description A streaming event that indicated a reasoning summary was incrementally added.
     */
    ResponseReasoningSummaryDeltaStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning_summary.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_text.delta';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the summary content that was updated. */
      summary_index: number;
      /** @description The summary text delta that was appended. */
      delta: string;
      /** @description An obfuscation string that was added to pad the event payload. */
      obfuscation?: string;
    };
    /**
     * Response reasoning summary done event
     * @description A streaming event that indicated a reasoning summary was completed.
     */
    ResponseReasoningSummaryDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning_summary.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_summary_text.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the summary content that was completed. */
      summary_index: number;
      /** @description The final summary text that was emitted. */
      text: string;
    };
    /**
     * Response output text annotation added event
     * @description A streaming event that indicated an output text annotation was added.
     */
    ResponseOutputTextAnnotationAddedStreamingEvent: {
      /**
       * @description The type of the event, always `response.output_text.annotation.added`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.output_text.annotation.added';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the output text content that was updated. */
      content_index: number;
      /** @description The index of the annotation that was added. */
      annotation_index: number;
      annotation: (Omit<components['schemas']['Annotation'], 'type'> & unknown) | null;
    };
    /**
     * Response function call arguments delta event
     * @description A streaming event that indicated function call arguments were incrementally added.
     */
    ResponseFunctionCallArgumentsDeltaStreamingEvent: {
      /**
       * @description The type of the event, always `response.function_call_arguments.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.function_call_arguments.delta';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the tool call item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The arguments delta that was appended. */
      delta: string;
      /** @description An obfuscation string that was added to pad the event payload. */
      obfuscation?: string;
    };
    /**
     * Response function call arguments done event
     * @description A streaming event that indicated function call arguments were completed.
     */
    ResponseFunctionCallArgumentsDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.function_call_arguments.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.function_call_arguments.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the tool call item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The name of the function that was called (OpenAI's event carries it; Open Responses' does not). */
      name?: string;
      /** @description The final arguments string that was emitted. */
      arguments: string;
    };
    /**
     * Response custom tool call input delta event
     * @description Event representing a delta (partial update) to the input of a custom tool call.
     */
    ResponseCustomToolCallInputDeltaStreamingEvent: {
      /**
       * @description The event type identifier. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.custom_tool_call_input.delta';
      /** @description The sequence number of this event. */
      sequence_number: number;
      /** @description The index of the output this delta applies to. */
      output_index: number;
      /** @description Unique identifier for the API item associated with this event. */
      item_id: string;
      /** @description The incremental input data (delta) for the custom tool call. */
      delta: string;
    };
    /**
     * Response custom tool call input done event
     * @description Event indicating that input for a custom tool call is complete.
     */
    ResponseCustomToolCallInputDoneStreamingEvent: {
      /**
       * @description The event type identifier. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.custom_tool_call_input.done';
      /** @description The sequence number of this event. */
      sequence_number: number;
      /** @description The index of the output this event applies to. */
      output_index: number;
      /** @description Unique identifier for the API item associated with this event. */
      item_id: string;
      /** @description The complete input data for the custom tool call. */
      input: string;
    };
    /**
     * Error payload
     * @description An error payload that was emitted for a streaming error event.
     */
    ErrorPayload: {
      /** @description The error type that was emitted. */
      type: string;
      code: string | null;
      /** @description The human-readable error message that was emitted. */
      message: string;
      param: string | null;
      /** @description The response headers that were emitted with the error, if any. */
      headers?: {
        [key: string]: string;
      };
    };
    /**
     * Error event
     * @description A streaming event that indicated an error was emitted.
     */
    ErrorStreamingEvent: {
      /**
       * @description The type of the event, always `error`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'error';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      error: components['schemas']['ErrorPayload'] & unknown;
    };
    CompactResponseMethodPublicBody: {
      model: string | null;
      input?: (string | components['schemas']['ItemParam'][]) | null;
      previous_response_id?: string | null;
      instructions?: string | null;
      prompt_cache_key?: string | null;
    };
    /** The compacted response object */
    CompactResource: {
      /** @description The unique identifier for the compacted response. */
      id: string;
      /**
       * @description The object type.
       * @default response.compaction
       * @enum {string}
       */
      object: 'response.compaction';
      /** @description The compacted list of output items. */
      output: components['schemas']['ItemField'][];
      /** @description Unix timestamp (in seconds) when the compacted conversation was created. */
      created_at: number;
      usage: components['schemas']['Usage'] & unknown;
    };
    /** @description A content block representing a video input to the model. */
    InputVideoContent: {
      /**
       * @description The type of the input content. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'input_video';
      /** @description A base64 or remote url that resolves to a video file. */
      video_url: string;
    };
    JsonSchemaResponseFormatParam: {
      /**
       * @description The type of response format being defined.
       * @enum {string}
       */
      type?: 'json_schema';
      /** @description A description of what the response format is for, used by the model to determine how to respond in the format. */
      description?: string;
      /** @description The name of the response format. */
      name?: string;
      /**
       * JSON schema
       * @description The schema for the response format, described as a JSON Schema object.
       */
      schema?: {
        [key: string]: unknown;
      };
      strict?: boolean | null;
    };
    TextFormatParam:
      | components['schemas']['TextResponseFormat']
      | components['schemas']['JsonSchemaResponseFormatParam']
      | components['schemas']['JsonObjectResponseFormat'];
    /** @description A page of stored responses. */
    ResponseList: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['ResponseResource'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    /** @description A page of a response's input items. */
    ResponseItemList: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['ItemField'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    DeletedResponse: {
      id: string;
      /** @enum {string} */
      object: 'response';
      /** @enum {boolean} */
      deleted: true;
    };
    /** @description A would-be response request whose input tokens to count. */
    TokenCountsBody: {
      model?: string | null;
      input?: (string | components['schemas']['ItemParam'][]) | null;
      previous_response_id?: string | null;
      tools?: components['schemas']['ResponsesToolParam'][] | null;
      text?: (components['schemas']['TextParam'] & unknown) | null;
      reasoning?: (components['schemas']['ReasoningParam'] & unknown) | null;
      truncation?: (components['schemas']['TruncationEnum'] & unknown) | null;
      instructions?: string | null;
      conversation?:
        | (
            | string
            | {
                /** @description The ID of the conversation. */
                id: string;
              }
          )
        | null;
      tool_choice?: (components['schemas']['ToolChoiceParam'] & unknown) | null;
      parallel_tool_calls?: boolean | null;
      /**
       * @description A model-owned style preset (OpenAI); it adds no input tokens, so counting ignores it.
       * @example friendly
       * @example pragmatic
       */
      personality?: string;
    };
    TokenCountsResource: {
      /** @enum {string} */
      object: 'response.input_tokens';
      input_tokens: number;
    };
    /**
     * Response reasoning text delta event
     * @description A streaming event that indicated reasoning text was incrementally added.
     */
    ResponseReasoningTextDeltaStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning_text.delta`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_text.delta';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the reasoning content that was updated. */
      content_index: number;
      /** @description The reasoning text delta that was appended. */
      delta: string;
      /** @description An obfuscation string that was added to pad the event payload. */
      obfuscation?: string;
    };
    /**
     * Response reasoning text done event
     * @description A streaming event that indicated reasoning text was completed.
     */
    ResponseReasoningTextDoneStreamingEvent: {
      /**
       * @description The type of the event, always `response.reasoning_text.done`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'response.reasoning_text.done';
      /** @description The sequence number of the event that was emitted. */
      sequence_number: number;
      /** @description The ID of the item that was updated. */
      item_id: string;
      /** @description The index of the output item that was updated. */
      output_index: number;
      /** @description The index of the reasoning content that was completed. */
      content_index: number;
      /** @description The final reasoning text that was emitted. */
      text: string;
    };
    /** @description One event of a response stream. */
    ResponseStreamEvent:
      | components['schemas']['ResponseCreatedStreamingEvent']
      | components['schemas']['ResponseQueuedStreamingEvent']
      | components['schemas']['ResponseInProgressStreamingEvent']
      | components['schemas']['ResponseCompletedStreamingEvent']
      | components['schemas']['ResponseFailedStreamingEvent']
      | components['schemas']['ResponseIncompleteStreamingEvent']
      | components['schemas']['ResponseOutputItemAddedStreamingEvent']
      | components['schemas']['ResponseOutputItemDoneStreamingEvent']
      | components['schemas']['ResponseReasoningSummaryPartAddedStreamingEvent']
      | components['schemas']['ResponseReasoningSummaryPartDoneStreamingEvent']
      | components['schemas']['ResponseContentPartAddedStreamingEvent']
      | components['schemas']['ResponseContentPartDoneStreamingEvent']
      | components['schemas']['ResponseOutputTextDeltaStreamingEvent']
      | components['schemas']['ResponseOutputTextDoneStreamingEvent']
      | components['schemas']['ResponseRefusalDeltaStreamingEvent']
      | components['schemas']['ResponseRefusalDoneStreamingEvent']
      | components['schemas']['ResponseReasoningDeltaStreamingEvent']
      | components['schemas']['ResponseReasoningDoneStreamingEvent']
      | components['schemas']['ResponseReasoningSummaryDeltaStreamingEvent']
      | components['schemas']['ResponseReasoningSummaryDoneStreamingEvent']
      | components['schemas']['ResponseOutputTextAnnotationAddedStreamingEvent']
      | components['schemas']['ResponseFunctionCallArgumentsDeltaStreamingEvent']
      | components['schemas']['ResponseFunctionCallArgumentsDoneStreamingEvent']
      | components['schemas']['ErrorStreamingEvent']
      | components['schemas']['ResponseReasoningTextDeltaStreamingEvent']
      | components['schemas']['ResponseReasoningTextDoneStreamingEvent']
      | components['schemas']['ResponseWebSearchCallInProgressStreamingEvent']
      | components['schemas']['ResponseWebSearchCallSearchingStreamingEvent']
      | components['schemas']['ResponseWebSearchCallCompletedStreamingEvent']
      | components['schemas']['ResponseFileSearchCallInProgressEvent']
      | components['schemas']['ResponseFileSearchCallSearchingEvent']
      | components['schemas']['ResponseFileSearchCallCompletedEvent']
      | components['schemas']['ResponseCustomToolCallInputDeltaStreamingEvent']
      | components['schemas']['ResponseCustomToolCallInputDoneStreamingEvent'];
    ConversationResource: {
      /** @description The unique ID of the conversation. */
      id: string;
      /**
       * @description The object type, which is always `conversation`.
       * @enum {string}
       */
      object: 'conversation';
      /** @description The Unix timestamp (in seconds) when the conversation was created. */
      created_at: number;
      metadata: components['schemas']['Metadata'];
    };
    CreateConversationBody: {
      metadata?: (components['schemas']['MetadataParam'] & unknown) | null;
      items?: components['schemas']['ItemParam'][] | null;
    };
    UpdateConversationBody: {
      metadata: (components['schemas']['MetadataParam'] & unknown) | null;
    };
    DeletedConversationResource: {
      id: string;
      /** @enum {string} */
      object: 'conversation.deleted';
      /** @enum {boolean} */
      deleted: true;
    };
    /** @description A page of conversations (the gateway's; OpenAI has no list of conversations). */
    ConversationList: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['ConversationResource'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    CreateConversationItemsBody: {
      /** @description The items to append, up to 20 at a time. */
      items: components['schemas']['ItemParam'][];
    };
    /** @description One item of a conversation: the item model of the Responses engine (ItemField), the same rows a response's input and output items are. */
    ConversationItem: components['schemas']['ItemField'];
    /** @description A page of a conversation's items. */
    ConversationItemList: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['ConversationItem'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    /** @description One message of a message-list template, as a Responses input message. */
    PromptMessage:
      | components['schemas']['UserMessageItemParam']
      | components['schemas']['SystemMessageItemParam']
      | components['schemas']['DeveloperMessageItemParam']
      | components['schemas']['AssistantMessageItemParam'];
    PromptTemplate: string | components['schemas']['PromptMessage'][];
    /** @description The names of the template's variables; every `{{name}}` in the template must be one. */
    PromptVariableNames: string[];
    CreatePromptBody: {
      prompt: components['schemas']['PromptTemplate'];
      variables?: components['schemas']['PromptVariableNames'];
      metadata?: (components['schemas']['MetadataParam'] & unknown) | null;
    };
    UpdatePromptBody: {
      prompt: components['schemas']['PromptTemplate'];
      /** @description The version this one replaces, which must be the latest (else 409). */
      version: number;
      variables?: components['schemas']['PromptVariableNames'];
      metadata?: (components['schemas']['MetadataParam'] & unknown) | null;
      /**
       * @description Whether the new version becomes the default.
       * @default true
       */
      set_as_default?: boolean;
    };
    SetDefaultPromptVersionBody: {
      /** @description The version to make the default. */
      version: number;
    };
    /** @description One version of a prompt. */
    PromptResource: {
      /** @enum {string} */
      object: 'prompt';
      /** @description The prompt's ID (`pmpt_…`), the same for all its versions. */
      prompt_id: string;
      version: number;
      /** @description Whether this is the version used when a request names none. */
      is_default: boolean;
      prompt: components['schemas']['PromptTemplate'];
      variables: string[];
      metadata: components['schemas']['Metadata'];
      /** @description The Unix timestamp (in seconds) when this version was created. */
      created_at: number;
    };
    /** @description A page of prompts. first_id and last_id are the cursors for `after`: prompt ids, or in a list of one prompt's versions, version numbers (as strings). */
    PromptList: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['PromptResource'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    DeletedPromptResource: {
      id: string;
      /** @enum {string} */
      object: 'prompt.deleted';
      /** @enum {boolean} */
      deleted: true;
    };
    /**
     * @description Gateway extension (not in OpenAI's API): how a vector store is searched. keyword is BM25 full-text search, vector the cosine similarity of embeddings, hybrid the reciprocal rank fusion of both. vector and hybrid need a store created while an embedding model was configured. Unset: hybrid when the store has embeddings, else keyword.
     * @enum {string}
     */
    VectorStoreSearchMode: 'keyword' | 'vector' | 'hybrid';
    /**
     * Vector store expiration policy
     * @description The expiration policy for a vector store.
     */
    VectorStoreExpirationAfter: {
      /**
       * @description Anchor timestamp after which the expiration policy applies. Supported anchors: `last_active_at`.
       * @enum {string}
       */
      anchor: 'last_active_at';
      /** @description The number of days after the anchor time that the vector store will expire. */
      days: number;
    };
    VectorStoreFileCounts: {
      /** @description The number of files that are being processed. */
      in_progress: number;
      /** @description The number of files that have been processed. */
      completed: number;
      /** @description The number of files that have failed to process. */
      failed: number;
      /** @description The number of files that were cancelled. */
      cancelled: number;
      /** @description The total number of files. */
      total: number;
    };
    /**
     * Vector store
     * @description A vector store is a collection of processed files can be used by the `file_search` tool.
     */
    VectorStoreObject: {
      /** @description The identifier, which can be referenced in API endpoints. */
      id: string;
      /** @enum {string} */
      object: 'vector_store';
      /** @description The Unix timestamp (in seconds) for when the vector store was created. */
      created_at: number;
      /** @description The name of the vector store. */
      name: string;
      /** @description The total number of bytes used by the files in the vector store. */
      usage_bytes: number;
      file_counts: components['schemas']['VectorStoreFileCounts'];
      /**
       * @description `completed` when the vector store is ready for use; `in_progress` while any of its files is being processed.
       * @enum {string}
       */
      status: 'expired' | 'in_progress' | 'completed';
      expires_after?: components['schemas']['VectorStoreExpirationAfter'];
      /** @description The Unix timestamp (in seconds) for when the vector store will expire. */
      expires_at?: number | null;
      /** @description The Unix timestamp (in seconds) for when the vector store was last active. */
      last_active_at: number | null;
      metadata: components['schemas']['Metadata'];
      /** @description Gateway extension (not in OpenAI's API): the store's default search mode, as created or modified; null when none was given (hybrid when the store has embeddings, else keyword). */
      search_mode?: components['schemas']['VectorStoreSearchMode'] | null;
    };
    /**
     * Auto Chunking Strategy
     * @description The default strategy, a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`.
     */
    AutoChunkingStrategyRequestParam: {
      /**
       * @description Always `auto`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'auto';
    };
    StaticChunkingStrategy: {
      /** @description The maximum number of tokens in each chunk, 100 to 4096 (default 800). */
      max_chunk_size_tokens: number;
      /** @description The number of tokens that overlap between chunks (default 400); at most half of `max_chunk_size_tokens`. */
      chunk_overlap_tokens: number;
    };
    /**
     * Static Chunking Strategy
     * @description Customize your own chunking strategy by setting chunk size and chunk overlap.
     */
    StaticChunkingStrategyRequestParam: {
      /**
       * @description Always `static`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'static';
      static: components['schemas']['StaticChunkingStrategy'];
    };
    /** @description The chunking strategy used to chunk the file(s). If not set, the `auto` strategy is used. */
    ChunkingStrategyRequestParam:
      | components['schemas']['AutoChunkingStrategyRequestParam']
      | components['schemas']['StaticChunkingStrategyRequestParam'];
    /** Static Chunking Strategy */
    StaticChunkingStrategyResponseParam: {
      /**
       * @description Always `static`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'static';
      static: components['schemas']['StaticChunkingStrategy'];
    };
    /**
     * Other Chunking Strategy
     * @description Returned when the chunking strategy is unknown (OpenAI's, for files indexed before chunking strategies; the gateway does not send it).
     */
    OtherChunkingStrategyResponseParam: {
      /**
       * @description Always `other`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'other';
    };
    /** @description The strategy used to chunk the file (an `auto` request is answered as the static sizes it means). */
    ChunkingStrategyResponseParam:
      | components['schemas']['StaticChunkingStrategyResponseParam']
      | components['schemas']['OtherChunkingStrategyResponseParam'];
    VectorStoreFileAttributes: {
      [key: string]: string | number | boolean;
    } | null;
    CreateVectorStoreRequest: {
      /** @description File IDs (from the Files API) that the vector store should use, up to 500. */
      file_ids?: string[];
      /** @description The name of the vector store. */
      name?: string;
      /** @description A description for the vector store. Can be used to describe the vector store's purpose. */
      description?: string;
      expires_after?: components['schemas']['VectorStoreExpirationAfter'];
      chunking_strategy?: components['schemas']['ChunkingStrategyRequestParam'];
      metadata?: components['schemas']['MetadataParam'] | null;
      /** @description Gateway extension (not in OpenAI's API): the store's default search mode. vector or hybrid on a store without embeddings (no embedding model configured) is a 400 naming search_mode. */
      search_mode?: components['schemas']['VectorStoreSearchMode'];
    };
    UpdateVectorStoreRequest: {
      /** @description The name of the vector store. */
      name?: string | null;
      /** @description The expiration policy; null removes it. */
      expires_after?: components['schemas']['VectorStoreExpirationAfter'] | null;
      metadata?: components['schemas']['MetadataParam'] | null;
      /** @description Gateway extension (not in OpenAI's API): the store's default search mode; null returns to the gateway's default (hybrid when the store has embeddings, else keyword). */
      search_mode?: components['schemas']['VectorStoreSearchMode'] | null;
    };
    /** @description A page of vector stores. */
    ListVectorStoresResponse: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['VectorStoreObject'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    DeleteVectorStoreResponse: {
      id: string;
      /** @enum {string} */
      object: 'vector_store.deleted';
      deleted: boolean;
    };
    /**
     * Vector store files
     * @description A file attached to a vector store.
     */
    VectorStoreFileObject: {
      /** @description The file's ID (the Files API's). */
      id: string;
      /** @enum {string} */
      object: 'vector_store.file';
      /** @description The vector store usage in bytes (of the parsed text; 0 until ingested), not the file's size. */
      usage_bytes: number;
      /** @description The Unix timestamp (in seconds) for when the vector store file was created. */
      created_at: number;
      /** @description The ID of the vector store the file is attached to. */
      vector_store_id: string;
      /**
       * @description `completed` when the file is ready for use.
       * @enum {string}
       */
      status: 'in_progress' | 'completed' | 'cancelled' | 'failed';
      last_error: {
        /** @enum {string} */
        code: 'server_error' | 'unsupported_file' | 'invalid_file';
        /** @description A human-readable description of the error. */
        message: string;
      } | null;
      chunking_strategy?: components['schemas']['ChunkingStrategyResponseParam'];
      attributes?: components['schemas']['VectorStoreFileAttributes'];
    };
    CreateVectorStoreFileRequest: {
      /** @description A file ID (from the Files API) that the vector store should use. */
      file_id: string;
      chunking_strategy?: components['schemas']['ChunkingStrategyRequestParam'];
      attributes?: components['schemas']['VectorStoreFileAttributes'];
    };
    /** @description A page of vector store files. */
    ListVectorStoreFilesResponse: {
      /** @enum {string} */
      object: 'list';
      data: components['schemas']['VectorStoreFileObject'][];
      first_id: string | null;
      last_id: string | null;
      has_more: boolean;
    };
    DeleteVectorStoreFileResponse: {
      id: string;
      /** @enum {string} */
      object: 'vector_store.file.deleted';
      deleted: boolean;
    };
    UpdateVectorStoreFileAttributesRequest: {
      attributes: components['schemas']['VectorStoreFileAttributes'];
    };
    /** @description The parsed content of a vector store file. */
    VectorStoreFileContentResponse: {
      /** @enum {string} */
      object: 'vector_store.file_content.page';
      /** @description Parsed content of the file. */
      data: {
        /** @description The content type (only `text`). */
        type?: string;
        /** @description The text content. */
        text?: string;
      }[];
      /** @description Whether there are more content pages to fetch. */
      has_more: boolean;
      /** @description The token for the next page, if any. */
      next_page: string | null;
    };
    /**
     * Vector store file batch
     * @description A batch of files attached to a vector store.
     */
    VectorStoreFileBatchObject: {
      /** @description The identifier, which can be referenced in API endpoints. */
      id: string;
      /**
       * @description Always `vector_store.files_batch` (sic, as OpenAI sends it).
       * @enum {string}
       */
      object: 'vector_store.files_batch';
      /** @description The Unix timestamp (in seconds) for when the batch was created. */
      created_at: number;
      /** @description The ID of the vector store the batch's files are attached to. */
      vector_store_id: string;
      /** @enum {string} */
      status: 'in_progress' | 'completed' | 'cancelled' | 'failed';
      file_counts: components['schemas']['VectorStoreFileCounts'];
    };
    /** @description file_ids, or files (each with its own attributes and chunking); mutually exclusive. */
    CreateVectorStoreFileBatchRequest: {
      /** @description File IDs (from the Files API), up to 2,000; `attributes` and `chunking_strategy` apply to all of them. Mutually exclusive with `files`. */
      file_ids?: string[];
      /** @description Files, each with its own optional `attributes` and `chunking_strategy` (the batch's are then ignored), up to 2,000. Mutually exclusive with `file_ids`. */
      files?: components['schemas']['CreateVectorStoreFileRequest'][];
      chunking_strategy?: components['schemas']['ChunkingStrategyRequestParam'];
      attributes?: components['schemas']['VectorStoreFileAttributes'];
    } & (unknown | unknown);
    /**
     * Comparison Filter
     * @description Compares a file attribute (`key`) with `value`: eq, ne, gt, gte, lt, lte, in (value is a list the attribute is one of), nin (not one of).
     */
    ComparisonFilter: {
      /**
       * @description The comparison operator. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin';
      /** @description The key to compare against the value. */
      key: string;
      /** @description The value to compare against the attribute key; a string, number, boolean, or a list (in, nin). */
      value: string | number | boolean | (string | number)[];
    };
    /**
     * Compound Filter
     * @description Combines filters with `and` or `or`; they may nest.
     */
    CompoundFilter: {
      /**
       * @description Type of operation: `and` or `or`. (enum property replaced by openapi-typescript)
       * @enum {string}
       */
      type: 'and' | 'or';
      /** @description The filters to combine, each a ComparisonFilter or a CompoundFilter. */
      filters: components['schemas']['Filters'][];
    };
    /** @description A filter over file attributes, a comparison or a compound of filters. */
    Filters: components['schemas']['ComparisonFilter'] | components['schemas']['CompoundFilter'];
    VectorStoreSearchRequest: {
      /** @description A query string, or a non-empty list of queries. */
      query: string | string[];
      /**
       * @description Whether to rewrite the natural language query for vector search.
       * @default false
       */
      rewrite_query?: boolean;
      /**
       * @description The maximum number of results to return, 1 to 50.
       * @default 10
       */
      max_num_results?: number;
      /** @description A filter to apply based on file attributes. */
      filters?: components['schemas']['Filters'];
      /** @description Ranking options for search. */
      ranking_options?: {
        /**
         * @description Enable re-ranking; `none` disables it.
         * @default auto
         * @enum {string}
         */
        ranker?: 'none' | 'auto' | 'default-2024-11-15';
        /**
         * @description Results scoring below this are left out.
         * @default 0
         */
        score_threshold?: number;
      };
      /** @description Gateway extension (not in OpenAI's API): this search's mode, else the store's. vector or hybrid on a store without embeddings is a 400 naming search_mode. */
      search_mode?: components['schemas']['VectorStoreSearchMode'];
    };
    VectorStoreSearchResultContentObject: {
      /**
       * @description The type of content.
       * @enum {string}
       */
      type: 'text';
      /** @description The text content returned from search. */
      text: string;
    };
    VectorStoreSearchResultItem: {
      /** @description The ID of the vector store file. */
      file_id: string;
      /** @description The name of the vector store file. */
      filename: string;
      /** @description The similarity score for the result. */
      score: number;
      attributes: components['schemas']['VectorStoreFileAttributes'];
      /** @description Content chunks from the file. */
      content: components['schemas']['VectorStoreSearchResultContentObject'][];
    };
    VectorStoreSearchResultsPage: {
      /** @enum {string} */
      object: 'vector_store.search_results.page';
      /** @description The queries used for this search. */
      search_query: string[];
      /** @description The list of search result items. */
      data: components['schemas']['VectorStoreSearchResultItem'][];
      /** @description Whether there are more results to fetch. */
      has_more: boolean;
      /** @description The token for the next page, if any. */
      next_page: string | null;
    };
  };
  responses: {
    /** @description The request does not match the contract; `param` names the offending field. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Missing or invalid API key. */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Unknown route, model or object. */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The request conflicts with the object's current state (e.g. a stale prompt version). */
    Conflict: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The request body exceeds the configured limit. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The request body's content type is not one this operation accepts. */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description Rate limited (by the gateway or the upstream). */
    TooManyRequests: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description An unexpected failure inside the gateway. */
    InternalServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The upstream provider failed, was unreachable or answered with something invalid. */
    BadGateway: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The gateway cannot serve now (its database cannot be reached, or it is shutting down). */
    ServiceUnavailable: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
    /** @description The upstream provider did not answer in time. */
    GatewayTimeout: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorResponse'];
      };
    };
  };
  parameters: {
    /** @description The host the client addressed (sent by every HTTP/1.1 client). */
    Host: string;
    /** @description The host the client addressed, as a reverse proxy in front of the gateway reports it. */
    XForwardedHost: string;
    /** @description The scheme the client used (http or https), as a reverse proxy reports it. */
    XForwardedProto: string;
    /** @description The ID of the file. */
    FileId: string;
    /** @description The ID of the response. */
    ResponseId: string;
    /** @description The ID of the conversation. */
    ConversationId: string;
    /** @description The ID of the item. */
    ItemId: string;
    /** @description The ID of the prompt. */
    PromptId: string;
    /** @description The ID of the vector store. */
    VectorStoreId: string;
    /** @description The ID of the vector store file batch. */
    VectorStoreFileBatchId: string;
    /** @description Only the vector store files of this status. */
    VectorStoreFileStatusFilter: 'in_progress' | 'completed' | 'failed' | 'cancelled';
    /** @description How many objects to return, 1 to 100. */
    Limit: number;
    /** @description Sort by creation time, ascending or descending. */
    Order: 'asc' | 'desc';
    /** @description Return the objects after this ID (a cursor from an earlier page). */
    After: string;
    /** @description Return the objects before this ID. */
    Before: string;
    /** @description Extra fields to include (include[]=… works too). */
    Include: components['schemas']['IncludeEnum'][];
    /** @description Extra fields of the stored items to include (include[]=… works too): OpenAI's values, of which message.output_text.logprobs, reasoning.encrypted_content, web_search_call.action.sources and file_search_call.results show what is otherwise left out; the others change nothing (image URLs are always shown, and the gateway runs none of the other tools). */
    ConversationInclude: components['schemas']['ConversationIncludeEnum'][];
  };
  requestBodies: never;
  headers: {
    /** @description While the file (or batch) is in_progress: how many milliseconds to wait before polling again, as OpenAI sends it (the SDKs' createAndPoll and uploadAndPoll read it). */
    OpenAIPollAfterMs: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gateway is serving. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      500: components['responses']['InternalServerError'];
      503: components['responses']['ServiceUnavailable'];
    };
  };
  getOpenapiJson: {
    parameters: {
      query?: never;
      header?: {
        /** @description The host the client addressed (sent by every HTTP/1.1 client). */
        host?: components['parameters']['Host'];
        /** @description The host the client addressed, as a reverse proxy in front of the gateway reports it. */
        'x-forwarded-host'?: components['parameters']['XForwardedHost'];
        /** @description The scheme the client used (http or https), as a reverse proxy reports it. */
        'x-forwarded-proto'?: components['parameters']['XForwardedProto'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The OpenAPI 3.1 document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenApiDocument'];
        };
      };
      500: components['responses']['InternalServerError'];
    };
  };
  getOpenapiYaml: {
    parameters: {
      query?: never;
      header?: {
        /** @description The host the client addressed (sent by every HTTP/1.1 client). */
        host?: components['parameters']['Host'];
        /** @description The host the client addressed, as a reverse proxy in front of the gateway reports it. */
        'x-forwarded-host'?: components['parameters']['XForwardedHost'];
        /** @description The scheme the client used (http or https), as a reverse proxy reports it. */
        'x-forwarded-proto'?: components['parameters']['XForwardedProto'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The OpenAPI 3.1 document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/yaml': string;
        };
      };
      500: components['responses']['InternalServerError'];
    };
  };
  getDocs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An HTML page. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
      500: components['responses']['InternalServerError'];
    };
  };
  getDocsAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The file's name; only these files are served. */
        asset: 'swagger-ui-bundle.js' | 'swagger-ui.css' | 'favicon-32x32.png' | 'favicon-16x16.png';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file's bytes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/javascript': string;
          'text/css': string;
          'image/png': string;
        };
      };
      400: components['responses']['BadRequest'];
      500: components['responses']['InternalServerError'];
    };
  };
  listModels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListModelsResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveModel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The model id; may contain "/" (send it as is or percent-encoded). */
        model: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Model'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  createChatCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateChatCompletionRequest'];
      };
    };
    responses: {
      /** @description A chat completion, or with stream=true a stream of chunks that ends with the line data: [DONE]. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateChatCompletionResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  createCompletion: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompletionRequest'];
      };
    };
    responses: {
      /** @description A completion, or with stream=true a stream of completion chunks that ends with the line data: [DONE]. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateCompletionResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  createEmbedding: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEmbeddingRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreateEmbeddingResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  listFiles: {
    parameters: {
      query?: {
        /** @description Only return files with the given purpose. */
        purpose?: string;
        /** @description How many files to return, 1 to 10,000. */
        limit?: number;
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListFilesResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  createFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['CreateFileRequest'];
      };
    };
    responses: {
      /** @description The stored file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenAIFile'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      413: components['responses']['PayloadTooLarge'];
      415: components['responses']['UnsupportedMediaType'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenAIFile'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeleteFileResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  downloadFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file's bytes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listResponses: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
        /** @description Return the objects before this ID. */
        before?: components['parameters']['Before'];
        /** @description Only responses created with this model. */
        model?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResponseList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  createResponse: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateResponseBody'];
      };
    };
    responses: {
      /** @description The response, or with stream=true its events, ending with the line data: [DONE]. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResponseResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      413: components['responses']['PayloadTooLarge'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  countInputTokens: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TokenCountsBody'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenCountsResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  compactResponse: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompactResponseMethodPublicBody'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompactResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      429: components['responses']['TooManyRequests'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  getResponse: {
    parameters: {
      query?: {
        /** @description Extra fields to include (include[]=… works too). */
        include?: components['parameters']['Include'];
        /** @description Stream the response's events instead of returning the object. */
        stream?: boolean;
        /** @description With stream=true, the sequence number after which to start. */
        starting_after?: number;
        /** @description Accepted for compatibility; the gateway adds no obfuscation. */
        include_obfuscation?: boolean;
      };
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The response, or with stream=true its events. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResponseResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  cancelResponse: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The response, now cancelled (or already finished). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResponseResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listInputItems: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
        /** @description Return the objects before this ID. */
        before?: components['parameters']['Before'];
        /** @description Extra fields to include (include[]=… works too). */
        include?: components['parameters']['Include'];
      };
      header?: never;
      path: {
        /** @description The ID of the response. */
        response_id: components['parameters']['ResponseId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResponseItemList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listConversations: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  createConversation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['CreateConversationBody'];
      };
    };
    responses: {
      /** @description The new conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  getConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateConversationBody'];
      };
    };
    responses: {
      /** @description The updated conversation. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteConversation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedConversationResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listConversationItems: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
        /** @description Extra fields of the stored items to include (include[]=… works too): OpenAI's values, of which message.output_text.logprobs, reasoning.encrypted_content, web_search_call.action.sources and file_search_call.results show what is otherwise left out; the others change nothing (image URLs are always shown, and the gateway runs none of the other tools). */
        include?: components['parameters']['ConversationInclude'];
      };
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationItemList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  createConversationItems: {
    parameters: {
      query?: {
        /** @description Extra fields of the stored items to include (include[]=… works too): OpenAI's values, of which message.output_text.logprobs, reasoning.encrypted_content, web_search_call.action.sources and file_search_call.results show what is otherwise left out; the others change nothing (image URLs are always shown, and the gateway runs none of the other tools). */
        include?: components['parameters']['ConversationInclude'];
      };
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConversationItemsBody'];
      };
    };
    responses: {
      /** @description The items added, in order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationItemList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  getConversationItem: {
    parameters: {
      query?: {
        /** @description Extra fields of the stored items to include (include[]=… works too): OpenAI's values, of which message.output_text.logprobs, reasoning.encrypted_content, web_search_call.action.sources and file_search_call.results show what is otherwise left out; the others change nothing (image URLs are always shown, and the gateway runs none of the other tools). */
        include?: components['parameters']['ConversationInclude'];
      };
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
        /** @description The ID of the item. */
        item_id: components['parameters']['ItemId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationItem'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteConversationItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the conversation. */
        conversation_id: components['parameters']['ConversationId'];
        /** @description The ID of the item. */
        item_id: components['parameters']['ItemId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The conversation the item was deleted from. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConversationResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listPrompts: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the prompts after this prompt_id (a cursor from an earlier page). */
        after?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  createPrompt: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePromptBody'];
      };
    };
    responses: {
      /** @description The new prompt, at version 1. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  getPrompt: {
    parameters: {
      query?: {
        /** @description The version to retrieve; without it, the default version. */
        version?: number;
      };
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  updatePrompt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePromptBody'];
      };
    };
    responses: {
      /** @description The new version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      409: components['responses']['Conflict'];
      500: components['responses']['InternalServerError'];
    };
  };
  deletePrompt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedPromptResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listPromptVersions: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by version, ascending or descending. */
        order?: 'asc' | 'desc';
        /** @description Return the versions after this one (a version number, as the list's first_id and last_id give it). */
        after?: string;
      };
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptList'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  setDefaultPromptVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the prompt. */
        prompt_id: components['parameters']['PromptId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetDefaultPromptVersionBody'];
      };
    };
    responses: {
      /** @description The prompt at its new default version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PromptResource'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listVectorStores: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
        /** @description Return the objects before this ID. */
        before?: components['parameters']['Before'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListVectorStoresResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      500: components['responses']['InternalServerError'];
    };
  };
  createVectorStore: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVectorStoreRequest'];
      };
    };
    responses: {
      /** @description The new vector store. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
    };
  };
  getVectorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  modifyVectorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVectorStoreRequest'];
      };
    };
    responses: {
      /** @description The updated vector store. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteVectorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeleteVectorStoreResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  searchVectorStore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VectorStoreSearchRequest'];
      };
    };
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreSearchResultsPage'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
      502: components['responses']['BadGateway'];
      504: components['responses']['GatewayTimeout'];
    };
  };
  listVectorStoreFiles: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
        /** @description Return the objects before this ID. */
        before?: components['parameters']['Before'];
        /** @description Only the vector store files of this status. */
        filter?: components['parameters']['VectorStoreFileStatusFilter'];
      };
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListVectorStoreFilesResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  createVectorStoreFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVectorStoreFileRequest'];
      };
    };
    responses: {
      /** @description The vector store file, in_progress until ingested. */
      200: {
        headers: {
          'openai-poll-after-ms': components['headers']['OpenAIPollAfterMs'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  getVectorStoreFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'openai-poll-after-ms': components['headers']['OpenAIPollAfterMs'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  updateVectorStoreFileAttributes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVectorStoreFileAttributesRequest'];
      };
    };
    responses: {
      /** @description The updated vector store file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  deleteVectorStoreFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeleteVectorStoreFileResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  retrieveVectorStoreFileContent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the file. */
        file_id: components['parameters']['FileId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileContentResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  createVectorStoreFileBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVectorStoreFileBatchRequest'];
      };
    };
    responses: {
      /** @description The batch, in_progress until its files are ingested. */
      200: {
        headers: {
          'openai-poll-after-ms': components['headers']['OpenAIPollAfterMs'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileBatchObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  getVectorStoreFileBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the vector store file batch. */
        batch_id: components['parameters']['VectorStoreFileBatchId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          'openai-poll-after-ms': components['headers']['OpenAIPollAfterMs'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileBatchObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  cancelVectorStoreFileBatch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the vector store file batch. */
        batch_id: components['parameters']['VectorStoreFileBatchId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The batch, cancelled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VectorStoreFileBatchObject'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
  listFilesInVectorStoreBatch: {
    parameters: {
      query?: {
        /** @description How many objects to return, 1 to 100. */
        limit?: components['parameters']['Limit'];
        /** @description Sort by creation time, ascending or descending. */
        order?: components['parameters']['Order'];
        /** @description Return the objects after this ID (a cursor from an earlier page). */
        after?: components['parameters']['After'];
        /** @description Return the objects before this ID. */
        before?: components['parameters']['Before'];
        /** @description Only the vector store files of this status. */
        filter?: components['parameters']['VectorStoreFileStatusFilter'];
      };
      header?: never;
      path: {
        /** @description The ID of the vector store. */
        vector_store_id: components['parameters']['VectorStoreId'];
        /** @description The ID of the vector store file batch. */
        batch_id: components['parameters']['VectorStoreFileBatchId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OK */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ListVectorStoreFilesResponse'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      500: components['responses']['InternalServerError'];
    };
  };
}
