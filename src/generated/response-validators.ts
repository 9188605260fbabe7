/* generated — do not edit. Source: openapi.yaml; generator: codegen/validators.ts (Ajv standalone) */
// @ts-nocheck
/* eslint-disable */
import { formats as eovFormats } from 'express-openapi-validator/dist/framework/ajv/formats.js';
('use strict');
export const createChatCompletionReply200 = validate0;
const schema0 = {
  $id: 'createChatCompletionReply200',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/CreateChatCompletionResponse' } },
};
const schema2 = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    choices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['finish_reason', 'index', 'message', 'logprobs'],
        properties: {
          finish_reason: {
            type: 'string',
            enum: ['stop', 'length', 'tool_calls', 'content_filter', 'function_call'],
          },
          index: { type: 'integer' },
          message: { $ref: '#/components/schemas/ChatCompletionResponseMessage' },
          logprobs: {
            anyOf: [
              {
                type: 'object',
                properties: {
                  content: {
                    anyOf: [
                      { type: 'array', items: { $ref: '#/components/schemas/ChatCompletionTokenLogprob' } },
                      { type: 'null' },
                    ],
                  },
                  refusal: {
                    anyOf: [
                      { type: 'array', items: { $ref: '#/components/schemas/ChatCompletionTokenLogprob' } },
                      { type: 'null' },
                    ],
                  },
                },
                required: ['content', 'refusal'],
              },
              { type: 'null' },
            ],
          },
        },
      },
    },
    created: { type: 'integer' },
    model: { type: 'string' },
    metadata: { $ref: '#/components/schemas/Metadata' },
    service_tier: { $ref: '#/components/schemas/ServiceTier' },
    system_fingerprint: { type: 'string', deprecated: true },
    object: { type: 'string', enum: ['chat.completion'] },
    usage: { $ref: '#/components/schemas/CompletionUsage' },
    moderation: { anyOf: [{ $ref: '#/components/schemas/ChatCompletionModeration' }, { type: 'null' }] },
  },
  required: ['choices', 'created', 'id', 'model', 'object'],
};
const schema7 = {
  type: 'object',
  properties: {
    token: { type: 'string' },
    logprob: { type: 'number' },
    bytes: { anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'null' }] },
    top_logprobs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          token: { type: 'string' },
          logprob: { type: 'number' },
          bytes: { anyOf: [{ type: 'array', items: { type: 'integer' } }, { type: 'null' }] },
        },
        required: ['token', 'logprob', 'bytes'],
      },
    },
  },
  required: ['token', 'logprob', 'bytes', 'top_logprobs'],
};
const schema9 = { anyOf: [{ type: 'object', additionalProperties: { type: 'string' } }, { type: 'null' }] };
const schema10 = {
  anyOf: [
    { type: 'string', enum: ['auto', 'default', 'flex', 'scale', 'priority', 'fast'] },
    { type: 'null' },
  ],
};
const schema11 = {
  type: 'object',
  properties: {
    completion_tokens: { type: 'integer', default: 0 },
    prompt_tokens: { type: 'integer', default: 0 },
    total_tokens: { type: 'integer', default: 0 },
    completion_tokens_details: {
      type: 'object',
      properties: {
        accepted_prediction_tokens: { type: 'integer', default: 0 },
        audio_tokens: { type: 'integer', default: 0 },
        reasoning_tokens: { type: 'integer', default: 0 },
        text_tokens: { type: 'integer' },
        rejected_prediction_tokens: { type: 'integer', default: 0 },
      },
    },
    prompt_tokens_details: {
      type: 'object',
      properties: {
        audio_tokens: { type: 'integer', default: 0 },
        cached_tokens: { type: 'integer', default: 0 },
        text_tokens: { type: 'integer' },
        image_tokens: { type: 'integer' },
        cache_write_tokens: { type: 'integer', default: 0 },
      },
    },
  },
  required: ['prompt_tokens', 'completion_tokens', 'total_tokens'],
};
const schema3 = {
  type: 'object',
  properties: {
    content: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    refusal: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    tool_calls: { $ref: '#/components/schemas/ChatCompletionMessageToolCalls' },
    annotations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'url_citation'],
        properties: {
          type: { type: 'string', enum: ['url_citation'] },
          url_citation: {
            type: 'object',
            required: ['end_index', 'start_index', 'url', 'title'],
            properties: {
              end_index: { type: 'integer' },
              start_index: { type: 'integer' },
              url: { type: 'string', format: 'uri' },
              title: { type: 'string' },
            },
          },
        },
      },
    },
    role: { type: 'string', enum: ['assistant'] },
    function_call: {
      type: 'object',
      deprecated: true,
      properties: { arguments: { type: 'string' }, name: { type: 'string' } },
      required: ['name', 'arguments'],
    },
    audio: {
      anyOf: [
        {
          type: 'object',
          required: ['id', 'expires_at', 'data', 'transcript'],
          properties: {
            id: { type: 'string' },
            expires_at: { type: 'integer' },
            data: { type: 'string' },
            transcript: { type: 'string' },
          },
        },
        { type: 'null' },
      ],
    },
  },
  required: ['role', 'content', 'refusal'],
};
const schema4 = {
  type: 'array',
  items: {
    oneOf: [
      { $ref: '#/components/schemas/ChatCompletionMessageToolCall' },
      { $ref: '#/components/schemas/ChatCompletionMessageCustomToolCall' },
    ],
  },
};
const schema5 = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['function'] },
    function: {
      type: 'object',
      properties: { name: { type: 'string' }, arguments: { type: 'string' } },
      required: ['name', 'arguments'],
    },
  },
  required: ['id', 'type', 'function'],
};
const schema6 = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: ['custom'] },
    custom: {
      type: 'object',
      properties: { name: { type: 'string' }, input: { type: 'string' } },
      required: ['name', 'input'],
    },
  },
  required: ['id', 'type', 'custom'],
};

function validate4(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate4.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (Array.isArray(data)) {
      var valid0 = true;
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        const _errs1 = errors;
        const _errs2 = errors;
        let valid1 = false;
        let passing0 = null;
        const _errs3 = errors;
        const _errs4 = errors;
        if (errors === _errs4) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            let missing0;
            if (
              (data0.id === undefined && (missing0 = 'id')) ||
              (data0.type === undefined && (missing0 = 'type')) ||
              (data0.function === undefined && (missing0 = 'function'))
            ) {
              const err0 = {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/components/schemas/ChatCompletionMessageToolCall/required',
                keyword: 'required',
                params: { missingProperty: missing0 },
                message: "must have required property '" + missing0 + "'",
              };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            } else {
              if (data0.id !== undefined) {
                const _errs6 = errors;
                if (typeof data0.id !== 'string') {
                  const err1 = {
                    instancePath: instancePath + '/' + i0 + '/id',
                    schemaPath: '#/components/schemas/ChatCompletionMessageToolCall/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
                var valid3 = _errs6 === errors;
              } else {
                var valid3 = true;
              }
              if (valid3) {
                if (data0.type !== undefined) {
                  let data2 = data0.type;
                  const _errs8 = errors;
                  if (typeof data2 !== 'string') {
                    const err2 = {
                      instancePath: instancePath + '/' + i0 + '/type',
                      schemaPath: '#/components/schemas/ChatCompletionMessageToolCall/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                  if (!(data2 === 'function')) {
                    const err3 = {
                      instancePath: instancePath + '/' + i0 + '/type',
                      schemaPath: '#/components/schemas/ChatCompletionMessageToolCall/properties/type/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema5.properties.type.enum },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                  var valid3 = _errs8 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data0.function !== undefined) {
                    let data3 = data0.function;
                    const _errs10 = errors;
                    if (errors === _errs10) {
                      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                        let missing1;
                        if (
                          (data3.name === undefined && (missing1 = 'name')) ||
                          (data3.arguments === undefined && (missing1 = 'arguments'))
                        ) {
                          const err4 = {
                            instancePath: instancePath + '/' + i0 + '/function',
                            schemaPath:
                              '#/components/schemas/ChatCompletionMessageToolCall/properties/function/required',
                            keyword: 'required',
                            params: { missingProperty: missing1 },
                            message: "must have required property '" + missing1 + "'",
                          };
                          if (vErrors === null) {
                            vErrors = [err4];
                          } else {
                            vErrors.push(err4);
                          }
                          errors++;
                        } else {
                          if (data3.name !== undefined) {
                            const _errs12 = errors;
                            if (typeof data3.name !== 'string') {
                              const err5 = {
                                instancePath: instancePath + '/' + i0 + '/function/name',
                                schemaPath:
                                  '#/components/schemas/ChatCompletionMessageToolCall/properties/function/properties/name/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err5];
                              } else {
                                vErrors.push(err5);
                              }
                              errors++;
                            }
                            var valid4 = _errs12 === errors;
                          } else {
                            var valid4 = true;
                          }
                          if (valid4) {
                            if (data3.arguments !== undefined) {
                              const _errs14 = errors;
                              if (typeof data3.arguments !== 'string') {
                                const err6 = {
                                  instancePath: instancePath + '/' + i0 + '/function/arguments',
                                  schemaPath:
                                    '#/components/schemas/ChatCompletionMessageToolCall/properties/function/properties/arguments/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err6];
                                } else {
                                  vErrors.push(err6);
                                }
                                errors++;
                              }
                              var valid4 = _errs14 === errors;
                            } else {
                              var valid4 = true;
                            }
                          }
                        }
                      } else {
                        const err7 = {
                          instancePath: instancePath + '/' + i0 + '/function',
                          schemaPath:
                            '#/components/schemas/ChatCompletionMessageToolCall/properties/function/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                    var valid3 = _errs10 === errors;
                  } else {
                    var valid3 = true;
                  }
                }
              }
            }
          } else {
            const err8 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/components/schemas/ChatCompletionMessageToolCall/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        var _valid0 = _errs3 === errors;
        if (_valid0) {
          valid1 = true;
          passing0 = 0;
          var props0 = {};
          props0.id = true;
          props0.type = true;
          props0.function = true;
        }
        const _errs16 = errors;
        const _errs17 = errors;
        if (errors === _errs17) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            let missing2;
            if (
              (data0.id === undefined && (missing2 = 'id')) ||
              (data0.type === undefined && (missing2 = 'type')) ||
              (data0.custom === undefined && (missing2 = 'custom'))
            ) {
              const err9 = {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/components/schemas/ChatCompletionMessageCustomToolCall/required',
                keyword: 'required',
                params: { missingProperty: missing2 },
                message: "must have required property '" + missing2 + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            } else {
              if (data0.id !== undefined) {
                const _errs19 = errors;
                if (typeof data0.id !== 'string') {
                  const err10 = {
                    instancePath: instancePath + '/' + i0 + '/id',
                    schemaPath: '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                var valid6 = _errs19 === errors;
              } else {
                var valid6 = true;
              }
              if (valid6) {
                if (data0.type !== undefined) {
                  let data7 = data0.type;
                  const _errs21 = errors;
                  if (typeof data7 !== 'string') {
                    const err11 = {
                      instancePath: instancePath + '/' + i0 + '/type',
                      schemaPath:
                        '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err11];
                    } else {
                      vErrors.push(err11);
                    }
                    errors++;
                  }
                  if (!(data7 === 'custom')) {
                    const err12 = {
                      instancePath: instancePath + '/' + i0 + '/type',
                      schemaPath:
                        '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/type/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema6.properties.type.enum },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  var valid6 = _errs21 === errors;
                } else {
                  var valid6 = true;
                }
                if (valid6) {
                  if (data0.custom !== undefined) {
                    let data8 = data0.custom;
                    const _errs23 = errors;
                    if (errors === _errs23) {
                      if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                        let missing3;
                        if (
                          (data8.name === undefined && (missing3 = 'name')) ||
                          (data8.input === undefined && (missing3 = 'input'))
                        ) {
                          const err13 = {
                            instancePath: instancePath + '/' + i0 + '/custom',
                            schemaPath:
                              '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/custom/required',
                            keyword: 'required',
                            params: { missingProperty: missing3 },
                            message: "must have required property '" + missing3 + "'",
                          };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        } else {
                          if (data8.name !== undefined) {
                            const _errs25 = errors;
                            if (typeof data8.name !== 'string') {
                              const err14 = {
                                instancePath: instancePath + '/' + i0 + '/custom/name',
                                schemaPath:
                                  '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/custom/properties/name/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err14];
                              } else {
                                vErrors.push(err14);
                              }
                              errors++;
                            }
                            var valid7 = _errs25 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data8.input !== undefined) {
                              const _errs27 = errors;
                              if (typeof data8.input !== 'string') {
                                const err15 = {
                                  instancePath: instancePath + '/' + i0 + '/custom/input',
                                  schemaPath:
                                    '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/custom/properties/input/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err15];
                                } else {
                                  vErrors.push(err15);
                                }
                                errors++;
                              }
                              var valid7 = _errs27 === errors;
                            } else {
                              var valid7 = true;
                            }
                          }
                        }
                      } else {
                        const err16 = {
                          instancePath: instancePath + '/' + i0 + '/custom',
                          schemaPath:
                            '#/components/schemas/ChatCompletionMessageCustomToolCall/properties/custom/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                      }
                    }
                    var valid6 = _errs23 === errors;
                  } else {
                    var valid6 = true;
                  }
                }
              }
            }
          } else {
            const err17 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/components/schemas/ChatCompletionMessageCustomToolCall/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        var _valid0 = _errs16 === errors;
        if (_valid0 && valid1) {
          valid1 = false;
          passing0 = [passing0, 1];
        } else {
          if (_valid0) {
            valid1 = true;
            passing0 = 1;
            if (props0 !== true) {
              props0 = props0 || {};
              props0.id = true;
              props0.type = true;
              props0.custom = true;
            }
          }
        }
        if (!valid1) {
          const err18 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/items/oneOf',
            keyword: 'oneOf',
            params: { passingSchemas: passing0 },
            message: 'must match exactly one schema in oneOf',
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
          validate4.errors = vErrors;
          return false;
        } else {
          errors = _errs2;
          if (vErrors !== null) {
            if (_errs2) {
              vErrors.length = _errs2;
            } else {
              vErrors = null;
            }
          }
        }
        var valid0 = _errs1 === errors;
        if (!valid0) {
          break;
        }
      }
    } else {
      validate4.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        },
      ];
      return false;
    }
  }
  validate4.errors = vErrors;
  return errors === 0;
}
validate4.evaluated = { items: true, dynamicProps: false, dynamicItems: false };

const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;

function validate3(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate3.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.role === undefined && (missing0 = 'role')) ||
        (data.content === undefined && (missing0 = 'content')) ||
        (data.refusal === undefined && (missing0 = 'refusal'))
      ) {
        validate3.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.content !== undefined) {
          let data0 = data.content;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          const _errs3 = errors;
          if (typeof data0 !== 'string') {
            const err0 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/0/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
          var _valid0 = _errs3 === errors;
          valid1 = valid1 || _valid0;
          const _errs5 = errors;
          if (data0 !== null) {
            const err1 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var _valid0 = _errs5 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err2 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            validate3.errors = vErrors;
            return false;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.refusal !== undefined) {
            let data1 = data.refusal;
            const _errs7 = errors;
            const _errs8 = errors;
            let valid2 = false;
            const _errs9 = errors;
            if (typeof data1 !== 'string') {
              const err3 = {
                instancePath: instancePath + '/refusal',
                schemaPath: '#/properties/refusal/anyOf/0/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            var _valid1 = _errs9 === errors;
            valid2 = valid2 || _valid1;
            const _errs11 = errors;
            if (data1 !== null) {
              const err4 = {
                instancePath: instancePath + '/refusal',
                schemaPath: '#/properties/refusal/anyOf/1/type',
                keyword: 'type',
                params: { type: 'null' },
                message: 'must be null',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            var _valid1 = _errs11 === errors;
            valid2 = valid2 || _valid1;
            if (!valid2) {
              const err5 = {
                instancePath: instancePath + '/refusal',
                schemaPath: '#/properties/refusal/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
              validate3.errors = vErrors;
              return false;
            } else {
              errors = _errs8;
              if (vErrors !== null) {
                if (_errs8) {
                  vErrors.length = _errs8;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs7 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tool_calls !== undefined) {
              const _errs13 = errors;
              if (
                !validate4(data.tool_calls, {
                  instancePath: instancePath + '/tool_calls',
                  parentData: data,
                  parentDataProperty: 'tool_calls',
                  rootData,
                  dynamicAnchors,
                })
              ) {
                vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs13 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.annotations !== undefined) {
                let data3 = data.annotations;
                const _errs14 = errors;
                if (errors === _errs14) {
                  if (Array.isArray(data3)) {
                    var valid3 = true;
                    const len0 = data3.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data4 = data3[i0];
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                          let missing1;
                          if (
                            (data4.type === undefined && (missing1 = 'type')) ||
                            (data4.url_citation === undefined && (missing1 = 'url_citation'))
                          ) {
                            validate3.errors = [
                              {
                                instancePath: instancePath + '/annotations/' + i0,
                                schemaPath: '#/properties/annotations/items/required',
                                keyword: 'required',
                                params: { missingProperty: missing1 },
                                message: "must have required property '" + missing1 + "'",
                              },
                            ];
                            return false;
                          } else {
                            if (data4.type !== undefined) {
                              let data5 = data4.type;
                              const _errs18 = errors;
                              if (typeof data5 !== 'string') {
                                validate3.errors = [
                                  {
                                    instancePath: instancePath + '/annotations/' + i0 + '/type',
                                    schemaPath: '#/properties/annotations/items/properties/type/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              if (!(data5 === 'url_citation')) {
                                validate3.errors = [
                                  {
                                    instancePath: instancePath + '/annotations/' + i0 + '/type',
                                    schemaPath: '#/properties/annotations/items/properties/type/enum',
                                    keyword: 'enum',
                                    params: {
                                      allowedValues:
                                        schema3.properties.annotations.items.properties.type.enum,
                                    },
                                    message: 'must be equal to one of the allowed values',
                                  },
                                ];
                                return false;
                              }
                              var valid4 = _errs18 === errors;
                            } else {
                              var valid4 = true;
                            }
                            if (valid4) {
                              if (data4.url_citation !== undefined) {
                                let data6 = data4.url_citation;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                                    let missing2;
                                    if (
                                      (data6.end_index === undefined && (missing2 = 'end_index')) ||
                                      (data6.start_index === undefined && (missing2 = 'start_index')) ||
                                      (data6.url === undefined && (missing2 = 'url')) ||
                                      (data6.title === undefined && (missing2 = 'title'))
                                    ) {
                                      validate3.errors = [
                                        {
                                          instancePath: instancePath + '/annotations/' + i0 + '/url_citation',
                                          schemaPath:
                                            '#/properties/annotations/items/properties/url_citation/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing2 },
                                          message: "must have required property '" + missing2 + "'",
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (data6.end_index !== undefined) {
                                        let data7 = data6.end_index;
                                        const _errs22 = errors;
                                        if (!(
                                          typeof data7 == 'number' &&
                                          !(data7 % 1) &&
                                          !isNaN(data7) &&
                                          isFinite(data7)
                                        )) {
                                          validate3.errors = [
                                            {
                                              instancePath:
                                                instancePath +
                                                '/annotations/' +
                                                i0 +
                                                '/url_citation/end_index',
                                              schemaPath:
                                                '#/properties/annotations/items/properties/url_citation/properties/end_index/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid5 = _errs22 === errors;
                                      } else {
                                        var valid5 = true;
                                      }
                                      if (valid5) {
                                        if (data6.start_index !== undefined) {
                                          let data8 = data6.start_index;
                                          const _errs24 = errors;
                                          if (!(
                                            typeof data8 == 'number' &&
                                            !(data8 % 1) &&
                                            !isNaN(data8) &&
                                            isFinite(data8)
                                          )) {
                                            validate3.errors = [
                                              {
                                                instancePath:
                                                  instancePath +
                                                  '/annotations/' +
                                                  i0 +
                                                  '/url_citation/start_index',
                                                schemaPath:
                                                  '#/properties/annotations/items/properties/url_citation/properties/start_index/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid5 = _errs24 === errors;
                                        } else {
                                          var valid5 = true;
                                        }
                                        if (valid5) {
                                          if (data6.url !== undefined) {
                                            let data9 = data6.url;
                                            const _errs26 = errors;
                                            if (errors === _errs26) {
                                              if (errors === _errs26) {
                                                if (typeof data9 === 'string') {
                                                  if (!formats0.test(data9)) {
                                                    validate3.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/annotations/' +
                                                          i0 +
                                                          '/url_citation/url',
                                                        schemaPath:
                                                          '#/properties/annotations/items/properties/url_citation/properties/url/format',
                                                        keyword: 'format',
                                                        params: { format: 'uri' },
                                                        message: 'must match format "' + 'uri' + '"',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                } else {
                                                  validate3.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/annotations/' +
                                                        i0 +
                                                        '/url_citation/url',
                                                      schemaPath:
                                                        '#/properties/annotations/items/properties/url_citation/properties/url/type',
                                                      keyword: 'type',
                                                      params: { type: 'string' },
                                                      message: 'must be string',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid5 = _errs26 === errors;
                                          } else {
                                            var valid5 = true;
                                          }
                                          if (valid5) {
                                            if (data6.title !== undefined) {
                                              const _errs28 = errors;
                                              if (typeof data6.title !== 'string') {
                                                validate3.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/annotations/' +
                                                      i0 +
                                                      '/url_citation/title',
                                                    schemaPath:
                                                      '#/properties/annotations/items/properties/url_citation/properties/title/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid5 = _errs28 === errors;
                                            } else {
                                              var valid5 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate3.errors = [
                                      {
                                        instancePath: instancePath + '/annotations/' + i0 + '/url_citation',
                                        schemaPath:
                                          '#/properties/annotations/items/properties/url_citation/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid4 = _errs20 === errors;
                              } else {
                                var valid4 = true;
                              }
                            }
                          }
                        } else {
                          validate3.errors = [
                            {
                              instancePath: instancePath + '/annotations/' + i0,
                              schemaPath: '#/properties/annotations/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid3 = _errs16 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate3.errors = [
                      {
                        instancePath: instancePath + '/annotations',
                        schemaPath: '#/properties/annotations/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs14 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.role !== undefined) {
                  let data11 = data.role;
                  const _errs30 = errors;
                  if (typeof data11 !== 'string') {
                    validate3.errors = [
                      {
                        instancePath: instancePath + '/role',
                        schemaPath: '#/properties/role/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  if (!(data11 === 'assistant')) {
                    validate3.errors = [
                      {
                        instancePath: instancePath + '/role',
                        schemaPath: '#/properties/role/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema3.properties.role.enum },
                        message: 'must be equal to one of the allowed values',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs30 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.function_call !== undefined) {
                    let data12 = data.function_call;
                    const _errs32 = errors;
                    if (errors === _errs32) {
                      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                        let missing3;
                        if (
                          (data12.name === undefined && (missing3 = 'name')) ||
                          (data12.arguments === undefined && (missing3 = 'arguments'))
                        ) {
                          validate3.errors = [
                            {
                              instancePath: instancePath + '/function_call',
                              schemaPath: '#/properties/function_call/required',
                              keyword: 'required',
                              params: { missingProperty: missing3 },
                              message: "must have required property '" + missing3 + "'",
                            },
                          ];
                          return false;
                        } else {
                          if (data12.arguments !== undefined) {
                            const _errs34 = errors;
                            if (typeof data12.arguments !== 'string') {
                              validate3.errors = [
                                {
                                  instancePath: instancePath + '/function_call/arguments',
                                  schemaPath: '#/properties/function_call/properties/arguments/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid6 = _errs34 === errors;
                          } else {
                            var valid6 = true;
                          }
                          if (valid6) {
                            if (data12.name !== undefined) {
                              const _errs36 = errors;
                              if (typeof data12.name !== 'string') {
                                validate3.errors = [
                                  {
                                    instancePath: instancePath + '/function_call/name',
                                    schemaPath: '#/properties/function_call/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid6 = _errs36 === errors;
                            } else {
                              var valid6 = true;
                            }
                          }
                        }
                      } else {
                        validate3.errors = [
                          {
                            instancePath: instancePath + '/function_call',
                            schemaPath: '#/properties/function_call/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs32 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.audio !== undefined) {
                      let data15 = data.audio;
                      const _errs38 = errors;
                      const _errs39 = errors;
                      let valid7 = false;
                      const _errs40 = errors;
                      if (errors === _errs40) {
                        if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                          let missing4;
                          if (
                            (data15.id === undefined && (missing4 = 'id')) ||
                            (data15.expires_at === undefined && (missing4 = 'expires_at')) ||
                            (data15.data === undefined && (missing4 = 'data')) ||
                            (data15.transcript === undefined && (missing4 = 'transcript'))
                          ) {
                            const err6 = {
                              instancePath: instancePath + '/audio',
                              schemaPath: '#/properties/audio/anyOf/0/required',
                              keyword: 'required',
                              params: { missingProperty: missing4 },
                              message: "must have required property '" + missing4 + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          } else {
                            if (data15.id !== undefined) {
                              const _errs42 = errors;
                              if (typeof data15.id !== 'string') {
                                const err7 = {
                                  instancePath: instancePath + '/audio/id',
                                  schemaPath: '#/properties/audio/anyOf/0/properties/id/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                              }
                              var valid8 = _errs42 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data15.expires_at !== undefined) {
                                let data17 = data15.expires_at;
                                const _errs44 = errors;
                                if (!(
                                  typeof data17 == 'number' &&
                                  !(data17 % 1) &&
                                  !isNaN(data17) &&
                                  isFinite(data17)
                                )) {
                                  const err8 = {
                                    instancePath: instancePath + '/audio/expires_at',
                                    schemaPath: '#/properties/audio/anyOf/0/properties/expires_at/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                }
                                var valid8 = _errs44 === errors;
                              } else {
                                var valid8 = true;
                              }
                              if (valid8) {
                                if (data15.data !== undefined) {
                                  const _errs46 = errors;
                                  if (typeof data15.data !== 'string') {
                                    const err9 = {
                                      instancePath: instancePath + '/audio/data',
                                      schemaPath: '#/properties/audio/anyOf/0/properties/data/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err9];
                                    } else {
                                      vErrors.push(err9);
                                    }
                                    errors++;
                                  }
                                  var valid8 = _errs46 === errors;
                                } else {
                                  var valid8 = true;
                                }
                                if (valid8) {
                                  if (data15.transcript !== undefined) {
                                    const _errs48 = errors;
                                    if (typeof data15.transcript !== 'string') {
                                      const err10 = {
                                        instancePath: instancePath + '/audio/transcript',
                                        schemaPath: '#/properties/audio/anyOf/0/properties/transcript/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err10];
                                      } else {
                                        vErrors.push(err10);
                                      }
                                      errors++;
                                    }
                                    var valid8 = _errs48 === errors;
                                  } else {
                                    var valid8 = true;
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          const err11 = {
                            instancePath: instancePath + '/audio',
                            schemaPath: '#/properties/audio/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                      }
                      var _valid2 = _errs40 === errors;
                      valid7 = valid7 || _valid2;
                      if (_valid2) {
                        var props0 = {};
                        props0.id = true;
                        props0.expires_at = true;
                        props0.data = true;
                        props0.transcript = true;
                      }
                      const _errs50 = errors;
                      if (data15 !== null) {
                        const err12 = {
                          instancePath: instancePath + '/audio',
                          schemaPath: '#/properties/audio/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err12];
                        } else {
                          vErrors.push(err12);
                        }
                        errors++;
                      }
                      var _valid2 = _errs50 === errors;
                      valid7 = valid7 || _valid2;
                      if (!valid7) {
                        const err13 = {
                          instancePath: instancePath + '/audio',
                          schemaPath: '#/properties/audio/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                        validate3.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs39;
                        if (vErrors !== null) {
                          if (_errs39) {
                            vErrors.length = _errs39;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs38 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate3.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate3.errors = vErrors;
  return errors === 0;
}
validate3.evaluated = {
  props: {
    content: true,
    refusal: true,
    tool_calls: true,
    annotations: true,
    role: true,
    function_call: true,
    audio: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

const schema12 = {
  type: 'object',
  properties: {
    input: {
      oneOf: [
        { $ref: '#/components/schemas/ChatCompletionModerationResults' },
        { $ref: '#/components/schemas/ChatCompletionModerationError' },
      ],
    },
    output: {
      oneOf: [
        { $ref: '#/components/schemas/ChatCompletionModerationResults' },
        { $ref: '#/components/schemas/ChatCompletionModerationError' },
      ],
    },
  },
  required: ['input', 'output'],
};
const schema16 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['error'] },
    code: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['type', 'code', 'message'],
};
const schema13 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['moderation_results'] },
    model: { type: 'string' },
    results: { type: 'array', items: { $ref: '#/components/schemas/ModerationResultBody' } },
  },
  required: ['type', 'model', 'results'],
};
const schema14 = {
  properties: {
    type: { type: 'string', enum: ['moderation_result'], default: 'moderation_result' },
    model: { type: 'string' },
    flagged: { type: 'boolean' },
    categories: { additionalProperties: { type: 'boolean' }, type: 'object' },
    category_scores: { additionalProperties: { type: 'number' }, type: 'object' },
    category_applied_input_types: {
      additionalProperties: { items: { $ref: '#/components/schemas/ModerationInputType' }, type: 'array' },
      type: 'object',
    },
  },
  type: 'object',
  required: ['type', 'model', 'flagged', 'categories', 'category_scores', 'category_applied_input_types'],
};
const schema15 = { type: 'string', enum: ['text', 'image'] };

function validate9(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate9.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.model === undefined && (missing0 = 'model')) ||
        (data.flagged === undefined && (missing0 = 'flagged')) ||
        (data.categories === undefined && (missing0 = 'categories')) ||
        (data.category_scores === undefined && (missing0 = 'category_scores')) ||
        (data.category_applied_input_types === undefined && (missing0 = 'category_applied_input_types'))
      ) {
        validate9.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate9.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data0 === 'moderation_result')) {
            validate9.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema14.properties.type.enum },
                message: 'must be equal to one of the allowed values',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.model !== undefined) {
            const _errs3 = errors;
            if (typeof data.model !== 'string') {
              validate9.errors = [
                {
                  instancePath: instancePath + '/model',
                  schemaPath: '#/properties/model/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.flagged !== undefined) {
              const _errs5 = errors;
              if (typeof data.flagged !== 'boolean') {
                validate9.errors = [
                  {
                    instancePath: instancePath + '/flagged',
                    schemaPath: '#/properties/flagged/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                  },
                ];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.categories !== undefined) {
                let data3 = data.categories;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                    for (const key0 in data3) {
                      const _errs10 = errors;
                      if (typeof data3[key0] !== 'boolean') {
                        validate9.errors = [
                          {
                            instancePath:
                              instancePath + '/categories/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/properties/categories/additionalProperties/type',
                            keyword: 'type',
                            params: { type: 'boolean' },
                            message: 'must be boolean',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs10 === errors;
                      if (!valid1) {
                        break;
                      }
                    }
                  } else {
                    validate9.errors = [
                      {
                        instancePath: instancePath + '/categories',
                        schemaPath: '#/properties/categories/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.category_scores !== undefined) {
                  let data5 = data.category_scores;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                      for (const key1 in data5) {
                        let data6 = data5[key1];
                        const _errs15 = errors;
                        if (!(typeof data6 == 'number' && isFinite(data6))) {
                          validate9.errors = [
                            {
                              instancePath:
                                instancePath +
                                '/category_scores/' +
                                key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                              schemaPath: '#/properties/category_scores/additionalProperties/type',
                              keyword: 'type',
                              params: { type: 'number' },
                              message: 'must be number',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs15 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    } else {
                      validate9.errors = [
                        {
                          instancePath: instancePath + '/category_scores',
                          schemaPath: '#/properties/category_scores/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.category_applied_input_types !== undefined) {
                    let data7 = data.category_applied_input_types;
                    const _errs17 = errors;
                    if (errors === _errs17) {
                      if (data7 && typeof data7 == 'object' && !Array.isArray(data7)) {
                        for (const key2 in data7) {
                          let data8 = data7[key2];
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (Array.isArray(data8)) {
                              var valid4 = true;
                              const len0 = data8.length;
                              for (let i0 = 0; i0 < len0; i0++) {
                                let data9 = data8[i0];
                                const _errs22 = errors;
                                if (typeof data9 !== 'string') {
                                  validate9.errors = [
                                    {
                                      instancePath:
                                        instancePath +
                                        '/category_applied_input_types/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/' +
                                        i0,
                                      schemaPath: '#/components/schemas/ModerationInputType/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                if (!(data9 === 'text' || data9 === 'image')) {
                                  validate9.errors = [
                                    {
                                      instancePath:
                                        instancePath +
                                        '/category_applied_input_types/' +
                                        key2.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/' +
                                        i0,
                                      schemaPath: '#/components/schemas/ModerationInputType/enum',
                                      keyword: 'enum',
                                      params: { allowedValues: schema15.enum },
                                      message: 'must be equal to one of the allowed values',
                                    },
                                  ];
                                  return false;
                                }
                                var valid4 = _errs22 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            } else {
                              validate9.errors = [
                                {
                                  instancePath:
                                    instancePath +
                                    '/category_applied_input_types/' +
                                    key2.replace(/~/g, '~0').replace(/\//g, '~1'),
                                  schemaPath:
                                    '#/properties/category_applied_input_types/additionalProperties/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid3 = _errs20 === errors;
                          if (!valid3) {
                            break;
                          }
                        }
                      } else {
                        validate9.errors = [
                          {
                            instancePath: instancePath + '/category_applied_input_types',
                            schemaPath: '#/properties/category_applied_input_types/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs17 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate9.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate9.errors = vErrors;
  return errors === 0;
}
validate9.evaluated = {
  props: {
    type: true,
    model: true,
    flagged: true,
    categories: true,
    category_scores: true,
    category_applied_input_types: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

function validate8(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate8.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.model === undefined && (missing0 = 'model')) ||
        (data.results === undefined && (missing0 = 'results'))
      ) {
        validate8.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate8.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data0 === 'moderation_results')) {
            validate8.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema13.properties.type.enum },
                message: 'must be equal to one of the allowed values',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.model !== undefined) {
            const _errs3 = errors;
            if (typeof data.model !== 'string') {
              validate8.errors = [
                {
                  instancePath: instancePath + '/model',
                  schemaPath: '#/properties/model/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.results !== undefined) {
              let data2 = data.results;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs7 = errors;
                    if (
                      !validate9(data2[i0], {
                        instancePath: instancePath + '/results/' + i0,
                        parentData: data2,
                        parentDataProperty: i0,
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
                      errors = vErrors.length;
                    }
                    var valid1 = _errs7 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate8.errors = [
                    {
                      instancePath: instancePath + '/results',
                      schemaPath: '#/properties/results/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate8.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate8.errors = vErrors;
  return errors === 0;
}
validate8.evaluated = {
  props: { type: true, model: true, results: true },
  dynamicProps: false,
  dynamicItems: false,
};

function validate7(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate7.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.input === undefined && (missing0 = 'input')) ||
        (data.output === undefined && (missing0 = 'output'))
      ) {
        validate7.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.input !== undefined) {
          let data0 = data.input;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          let passing0 = null;
          const _errs3 = errors;
          if (
            !validate8(data0, {
              instancePath: instancePath + '/input',
              parentData: data,
              parentDataProperty: 'input',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs3 === errors;
          if (_valid0) {
            valid1 = true;
            passing0 = 0;
            var props0 = {};
            props0.type = true;
            props0.model = true;
            props0.results = true;
          }
          const _errs4 = errors;
          const _errs5 = errors;
          if (errors === _errs5) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.code === undefined && (missing1 = 'code')) ||
                (data0.message === undefined && (missing1 = 'message'))
              ) {
                const err0 = {
                  instancePath: instancePath + '/input',
                  schemaPath: '#/components/schemas/ChatCompletionModerationError/required',
                  keyword: 'required',
                  params: { missingProperty: missing1 },
                  message: "must have required property '" + missing1 + "'",
                };
                if (vErrors === null) {
                  vErrors = [err0];
                } else {
                  vErrors.push(err0);
                }
                errors++;
              } else {
                if (data0.type !== undefined) {
                  let data1 = data0.type;
                  const _errs7 = errors;
                  if (typeof data1 !== 'string') {
                    const err1 = {
                      instancePath: instancePath + '/input/type',
                      schemaPath: '#/components/schemas/ChatCompletionModerationError/properties/type/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  if (!(data1 === 'error')) {
                    const err2 = {
                      instancePath: instancePath + '/input/type',
                      schemaPath: '#/components/schemas/ChatCompletionModerationError/properties/type/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema16.properties.type.enum },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                  var valid3 = _errs7 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data0.code !== undefined) {
                    const _errs9 = errors;
                    if (typeof data0.code !== 'string') {
                      const err3 = {
                        instancePath: instancePath + '/input/code',
                        schemaPath: '#/components/schemas/ChatCompletionModerationError/properties/code/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err3];
                      } else {
                        vErrors.push(err3);
                      }
                      errors++;
                    }
                    var valid3 = _errs9 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data0.message !== undefined) {
                      const _errs11 = errors;
                      if (typeof data0.message !== 'string') {
                        const err4 = {
                          instancePath: instancePath + '/input/message',
                          schemaPath:
                            '#/components/schemas/ChatCompletionModerationError/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var valid3 = _errs11 === errors;
                    } else {
                      var valid3 = true;
                    }
                  }
                }
              }
            } else {
              const err5 = {
                instancePath: instancePath + '/input',
                schemaPath: '#/components/schemas/ChatCompletionModerationError/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          var _valid0 = _errs4 === errors;
          if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid1 = true;
              passing0 = 1;
              if (props0 !== true) {
                props0 = props0 || {};
                props0.type = true;
                props0.code = true;
                props0.message = true;
              }
            }
          }
          if (!valid1) {
            const err6 = {
              instancePath: instancePath + '/input',
              schemaPath: '#/properties/input/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
            validate7.errors = vErrors;
            return false;
          } else {
            errors = _errs2;
            if (vErrors !== null) {
              if (_errs2) {
                vErrors.length = _errs2;
              } else {
                vErrors = null;
              }
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.output !== undefined) {
            let data4 = data.output;
            const _errs13 = errors;
            const _errs14 = errors;
            let valid4 = false;
            let passing1 = null;
            const _errs15 = errors;
            if (
              !validate8(data4, {
                instancePath: instancePath + '/output',
                parentData: data,
                parentDataProperty: 'output',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
              errors = vErrors.length;
            }
            var _valid1 = _errs15 === errors;
            if (_valid1) {
              valid4 = true;
              passing1 = 0;
              var props1 = {};
              props1.type = true;
              props1.model = true;
              props1.results = true;
            }
            const _errs16 = errors;
            const _errs17 = errors;
            if (errors === _errs17) {
              if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                let missing2;
                if (
                  (data4.type === undefined && (missing2 = 'type')) ||
                  (data4.code === undefined && (missing2 = 'code')) ||
                  (data4.message === undefined && (missing2 = 'message'))
                ) {
                  const err7 = {
                    instancePath: instancePath + '/output',
                    schemaPath: '#/components/schemas/ChatCompletionModerationError/required',
                    keyword: 'required',
                    params: { missingProperty: missing2 },
                    message: "must have required property '" + missing2 + "'",
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                } else {
                  if (data4.type !== undefined) {
                    let data5 = data4.type;
                    const _errs19 = errors;
                    if (typeof data5 !== 'string') {
                      const err8 = {
                        instancePath: instancePath + '/output/type',
                        schemaPath: '#/components/schemas/ChatCompletionModerationError/properties/type/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                    if (!(data5 === 'error')) {
                      const err9 = {
                        instancePath: instancePath + '/output/type',
                        schemaPath: '#/components/schemas/ChatCompletionModerationError/properties/type/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema16.properties.type.enum },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                    var valid6 = _errs19 === errors;
                  } else {
                    var valid6 = true;
                  }
                  if (valid6) {
                    if (data4.code !== undefined) {
                      const _errs21 = errors;
                      if (typeof data4.code !== 'string') {
                        const err10 = {
                          instancePath: instancePath + '/output/code',
                          schemaPath:
                            '#/components/schemas/ChatCompletionModerationError/properties/code/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                      var valid6 = _errs21 === errors;
                    } else {
                      var valid6 = true;
                    }
                    if (valid6) {
                      if (data4.message !== undefined) {
                        const _errs23 = errors;
                        if (typeof data4.message !== 'string') {
                          const err11 = {
                            instancePath: instancePath + '/output/message',
                            schemaPath:
                              '#/components/schemas/ChatCompletionModerationError/properties/message/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err11];
                          } else {
                            vErrors.push(err11);
                          }
                          errors++;
                        }
                        var valid6 = _errs23 === errors;
                      } else {
                        var valid6 = true;
                      }
                    }
                  }
                }
              } else {
                const err12 = {
                  instancePath: instancePath + '/output',
                  schemaPath: '#/components/schemas/ChatCompletionModerationError/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            var _valid1 = _errs16 === errors;
            if (_valid1 && valid4) {
              valid4 = false;
              passing1 = [passing1, 1];
            } else {
              if (_valid1) {
                valid4 = true;
                passing1 = 1;
                if (props1 !== true) {
                  props1 = props1 || {};
                  props1.type = true;
                  props1.code = true;
                  props1.message = true;
                }
              }
            }
            if (!valid4) {
              const err13 = {
                instancePath: instancePath + '/output',
                schemaPath: '#/properties/output/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing1 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
              validate7.errors = vErrors;
              return false;
            } else {
              errors = _errs14;
              if (vErrors !== null) {
                if (_errs14) {
                  vErrors.length = _errs14;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs13 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate7.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate7.errors = vErrors;
  return errors === 0;
}
validate7.evaluated = { props: { input: true, output: true }, dynamicProps: false, dynamicItems: false };

function validate2(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate2.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.choices === undefined && (missing0 = 'choices')) ||
        (data.created === undefined && (missing0 = 'created')) ||
        (data.id === undefined && (missing0 = 'id')) ||
        (data.model === undefined && (missing0 = 'model')) ||
        (data.object === undefined && (missing0 = 'object'))
      ) {
        validate2.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== undefined) {
          const _errs1 = errors;
          if (typeof data.id !== 'string') {
            validate2.errors = [
              {
                instancePath: instancePath + '/id',
                schemaPath: '#/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.choices !== undefined) {
            let data1 = data.choices;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                      let missing1;
                      if (
                        (data2.finish_reason === undefined && (missing1 = 'finish_reason')) ||
                        (data2.index === undefined && (missing1 = 'index')) ||
                        (data2.message === undefined && (missing1 = 'message')) ||
                        (data2.logprobs === undefined && (missing1 = 'logprobs'))
                      ) {
                        validate2.errors = [
                          {
                            instancePath: instancePath + '/choices/' + i0,
                            schemaPath: '#/properties/choices/items/required',
                            keyword: 'required',
                            params: { missingProperty: missing1 },
                            message: "must have required property '" + missing1 + "'",
                          },
                        ];
                        return false;
                      } else {
                        if (data2.finish_reason !== undefined) {
                          let data3 = data2.finish_reason;
                          const _errs7 = errors;
                          if (typeof data3 !== 'string') {
                            validate2.errors = [
                              {
                                instancePath: instancePath + '/choices/' + i0 + '/finish_reason',
                                schemaPath: '#/properties/choices/items/properties/finish_reason/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          if (!(
                            data3 === 'stop' ||
                            data3 === 'length' ||
                            data3 === 'tool_calls' ||
                            data3 === 'content_filter' ||
                            data3 === 'function_call'
                          )) {
                            validate2.errors = [
                              {
                                instancePath: instancePath + '/choices/' + i0 + '/finish_reason',
                                schemaPath: '#/properties/choices/items/properties/finish_reason/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema2.properties.choices.items.properties.finish_reason.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.index !== undefined) {
                            let data4 = data2.index;
                            const _errs9 = errors;
                            if (!(
                              typeof data4 == 'number' &&
                              !(data4 % 1) &&
                              !isNaN(data4) &&
                              isFinite(data4)
                            )) {
                              validate2.errors = [
                                {
                                  instancePath: instancePath + '/choices/' + i0 + '/index',
                                  schemaPath: '#/properties/choices/items/properties/index/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.message !== undefined) {
                              const _errs11 = errors;
                              if (
                                !validate3(data2.message, {
                                  instancePath: instancePath + '/choices/' + i0 + '/message',
                                  parentData: data2,
                                  parentDataProperty: 'message',
                                  rootData,
                                  dynamicAnchors,
                                })
                              ) {
                                vErrors =
                                  vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
                                errors = vErrors.length;
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.logprobs !== undefined) {
                                let data6 = data2.logprobs;
                                const _errs12 = errors;
                                const _errs13 = errors;
                                let valid3 = false;
                                const _errs14 = errors;
                                if (errors === _errs14) {
                                  if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                                    let missing2;
                                    if (
                                      (data6.content === undefined && (missing2 = 'content')) ||
                                      (data6.refusal === undefined && (missing2 = 'refusal'))
                                    ) {
                                      const err0 = {
                                        instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                        schemaPath:
                                          '#/properties/choices/items/properties/logprobs/anyOf/0/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing2 },
                                        message: "must have required property '" + missing2 + "'",
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    } else {
                                      if (data6.content !== undefined) {
                                        let data7 = data6.content;
                                        const _errs16 = errors;
                                        const _errs17 = errors;
                                        let valid5 = false;
                                        const _errs18 = errors;
                                        if (errors === _errs18) {
                                          if (Array.isArray(data7)) {
                                            var valid6 = true;
                                            const len1 = data7.length;
                                            for (let i1 = 0; i1 < len1; i1++) {
                                              let data8 = data7[i1];
                                              const _errs20 = errors;
                                              const _errs21 = errors;
                                              if (errors === _errs21) {
                                                if (
                                                  data8 &&
                                                  typeof data8 == 'object' &&
                                                  !Array.isArray(data8)
                                                ) {
                                                  let missing3;
                                                  if (
                                                    (data8.token === undefined && (missing3 = 'token')) ||
                                                    (data8.logprob === undefined && (missing3 = 'logprob')) ||
                                                    (data8.bytes === undefined && (missing3 = 'bytes')) ||
                                                    (data8.top_logprobs === undefined &&
                                                      (missing3 = 'top_logprobs'))
                                                  ) {
                                                    const err1 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/choices/' +
                                                        i0 +
                                                        '/logprobs/content/' +
                                                        i1,
                                                      schemaPath:
                                                        '#/components/schemas/ChatCompletionTokenLogprob/required',
                                                      keyword: 'required',
                                                      params: { missingProperty: missing3 },
                                                      message:
                                                        "must have required property '" + missing3 + "'",
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err1];
                                                    } else {
                                                      vErrors.push(err1);
                                                    }
                                                    errors++;
                                                  } else {
                                                    if (data8.token !== undefined) {
                                                      const _errs23 = errors;
                                                      if (typeof data8.token !== 'string') {
                                                        const err2 = {
                                                          instancePath:
                                                            instancePath +
                                                            '/choices/' +
                                                            i0 +
                                                            '/logprobs/content/' +
                                                            i1 +
                                                            '/token',
                                                          schemaPath:
                                                            '#/components/schemas/ChatCompletionTokenLogprob/properties/token/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err2];
                                                        } else {
                                                          vErrors.push(err2);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid8 = _errs23 === errors;
                                                    } else {
                                                      var valid8 = true;
                                                    }
                                                    if (valid8) {
                                                      if (data8.logprob !== undefined) {
                                                        let data10 = data8.logprob;
                                                        const _errs25 = errors;
                                                        if (!(
                                                          typeof data10 == 'number' && isFinite(data10)
                                                        )) {
                                                          const err3 = {
                                                            instancePath:
                                                              instancePath +
                                                              '/choices/' +
                                                              i0 +
                                                              '/logprobs/content/' +
                                                              i1 +
                                                              '/logprob',
                                                            schemaPath:
                                                              '#/components/schemas/ChatCompletionTokenLogprob/properties/logprob/type',
                                                            keyword: 'type',
                                                            params: { type: 'number' },
                                                            message: 'must be number',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err3];
                                                          } else {
                                                            vErrors.push(err3);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid8 = _errs25 === errors;
                                                      } else {
                                                        var valid8 = true;
                                                      }
                                                      if (valid8) {
                                                        if (data8.bytes !== undefined) {
                                                          let data11 = data8.bytes;
                                                          const _errs27 = errors;
                                                          const _errs28 = errors;
                                                          let valid9 = false;
                                                          const _errs29 = errors;
                                                          if (errors === _errs29) {
                                                            if (Array.isArray(data11)) {
                                                              var valid10 = true;
                                                              const len2 = data11.length;
                                                              for (let i2 = 0; i2 < len2; i2++) {
                                                                let data12 = data11[i2];
                                                                const _errs31 = errors;
                                                                if (!(
                                                                  typeof data12 == 'number' &&
                                                                  !(data12 % 1) &&
                                                                  !isNaN(data12) &&
                                                                  isFinite(data12)
                                                                )) {
                                                                  const err4 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/choices/' +
                                                                      i0 +
                                                                      '/logprobs/content/' +
                                                                      i1 +
                                                                      '/bytes/' +
                                                                      i2,
                                                                    schemaPath:
                                                                      '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf/0/items/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'integer' },
                                                                    message: 'must be integer',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err4];
                                                                  } else {
                                                                    vErrors.push(err4);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid10 = _errs31 === errors;
                                                                if (!valid10) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              const err5 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/choices/' +
                                                                  i0 +
                                                                  '/logprobs/content/' +
                                                                  i1 +
                                                                  '/bytes',
                                                                schemaPath:
                                                                  '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf/0/type',
                                                                keyword: 'type',
                                                                params: { type: 'array' },
                                                                message: 'must be array',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err5];
                                                              } else {
                                                                vErrors.push(err5);
                                                              }
                                                              errors++;
                                                            }
                                                          }
                                                          var _valid2 = _errs29 === errors;
                                                          valid9 = valid9 || _valid2;
                                                          const _errs33 = errors;
                                                          if (data11 !== null) {
                                                            const err6 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/choices/' +
                                                                i0 +
                                                                '/logprobs/content/' +
                                                                i1 +
                                                                '/bytes',
                                                              schemaPath:
                                                                '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf/1/type',
                                                              keyword: 'type',
                                                              params: { type: 'null' },
                                                              message: 'must be null',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err6];
                                                            } else {
                                                              vErrors.push(err6);
                                                            }
                                                            errors++;
                                                          }
                                                          var _valid2 = _errs33 === errors;
                                                          valid9 = valid9 || _valid2;
                                                          if (!valid9) {
                                                            const err7 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/choices/' +
                                                                i0 +
                                                                '/logprobs/content/' +
                                                                i1 +
                                                                '/bytes',
                                                              schemaPath:
                                                                '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf',
                                                              keyword: 'anyOf',
                                                              params: {},
                                                              message: 'must match a schema in anyOf',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err7];
                                                            } else {
                                                              vErrors.push(err7);
                                                            }
                                                            errors++;
                                                          } else {
                                                            errors = _errs28;
                                                            if (vErrors !== null) {
                                                              if (_errs28) {
                                                                vErrors.length = _errs28;
                                                              } else {
                                                                vErrors = null;
                                                              }
                                                            }
                                                          }
                                                          var valid8 = _errs27 === errors;
                                                        } else {
                                                          var valid8 = true;
                                                        }
                                                        if (valid8) {
                                                          if (data8.top_logprobs !== undefined) {
                                                            let data13 = data8.top_logprobs;
                                                            const _errs35 = errors;
                                                            if (errors === _errs35) {
                                                              if (Array.isArray(data13)) {
                                                                var valid11 = true;
                                                                const len3 = data13.length;
                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                  let data14 = data13[i3];
                                                                  const _errs37 = errors;
                                                                  if (errors === _errs37) {
                                                                    if (
                                                                      data14 &&
                                                                      typeof data14 == 'object' &&
                                                                      !Array.isArray(data14)
                                                                    ) {
                                                                      let missing4;
                                                                      if (
                                                                        (data14.token === undefined &&
                                                                          (missing4 = 'token')) ||
                                                                        (data14.logprob === undefined &&
                                                                          (missing4 = 'logprob')) ||
                                                                        (data14.bytes === undefined &&
                                                                          (missing4 = 'bytes'))
                                                                      ) {
                                                                        const err8 = {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/choices/' +
                                                                            i0 +
                                                                            '/logprobs/content/' +
                                                                            i1 +
                                                                            '/top_logprobs/' +
                                                                            i3,
                                                                          schemaPath:
                                                                            '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/required',
                                                                          keyword: 'required',
                                                                          params: {
                                                                            missingProperty: missing4,
                                                                          },
                                                                          message:
                                                                            "must have required property '" +
                                                                            missing4 +
                                                                            "'",
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err8];
                                                                        } else {
                                                                          vErrors.push(err8);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        if (data14.token !== undefined) {
                                                                          const _errs39 = errors;
                                                                          if (
                                                                            typeof data14.token !== 'string'
                                                                          ) {
                                                                            const err9 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/choices/' +
                                                                                i0 +
                                                                                '/logprobs/content/' +
                                                                                i1 +
                                                                                '/top_logprobs/' +
                                                                                i3 +
                                                                                '/token',
                                                                              schemaPath:
                                                                                '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/token/type',
                                                                              keyword: 'type',
                                                                              params: { type: 'string' },
                                                                              message: 'must be string',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err9];
                                                                            } else {
                                                                              vErrors.push(err9);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid12 = _errs39 === errors;
                                                                        } else {
                                                                          var valid12 = true;
                                                                        }
                                                                        if (valid12) {
                                                                          if (data14.logprob !== undefined) {
                                                                            let data16 = data14.logprob;
                                                                            const _errs41 = errors;
                                                                            if (!(
                                                                              typeof data16 == 'number' &&
                                                                              isFinite(data16)
                                                                            )) {
                                                                              const err10 = {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/choices/' +
                                                                                  i0 +
                                                                                  '/logprobs/content/' +
                                                                                  i1 +
                                                                                  '/top_logprobs/' +
                                                                                  i3 +
                                                                                  '/logprob',
                                                                                schemaPath:
                                                                                  '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/logprob/type',
                                                                                keyword: 'type',
                                                                                params: { type: 'number' },
                                                                                message: 'must be number',
                                                                              };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err10];
                                                                              } else {
                                                                                vErrors.push(err10);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid12 = _errs41 === errors;
                                                                          } else {
                                                                            var valid12 = true;
                                                                          }
                                                                          if (valid12) {
                                                                            if (data14.bytes !== undefined) {
                                                                              let data17 = data14.bytes;
                                                                              const _errs43 = errors;
                                                                              const _errs44 = errors;
                                                                              let valid13 = false;
                                                                              const _errs45 = errors;
                                                                              if (errors === _errs45) {
                                                                                if (Array.isArray(data17)) {
                                                                                  var valid14 = true;
                                                                                  const len4 = data17.length;
                                                                                  for (
                                                                                    let i4 = 0;
                                                                                    i4 < len4;
                                                                                    i4++
                                                                                  ) {
                                                                                    let data18 = data17[i4];
                                                                                    const _errs47 = errors;
                                                                                    if (!(
                                                                                      typeof data18 ==
                                                                                        'number' &&
                                                                                      !(data18 % 1) &&
                                                                                      !isNaN(data18) &&
                                                                                      isFinite(data18)
                                                                                    )) {
                                                                                      const err11 = {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/choices/' +
                                                                                          i0 +
                                                                                          '/logprobs/content/' +
                                                                                          i1 +
                                                                                          '/top_logprobs/' +
                                                                                          i3 +
                                                                                          '/bytes/' +
                                                                                          i4,
                                                                                        schemaPath:
                                                                                          '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf/0/items/type',
                                                                                        keyword: 'type',
                                                                                        params: {
                                                                                          type: 'integer',
                                                                                        },
                                                                                        message:
                                                                                          'must be integer',
                                                                                      };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err11];
                                                                                      } else {
                                                                                        vErrors.push(err11);
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                    var valid14 =
                                                                                      _errs47 === errors;
                                                                                    if (!valid14) {
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  const err12 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/choices/' +
                                                                                      i0 +
                                                                                      '/logprobs/content/' +
                                                                                      i1 +
                                                                                      '/top_logprobs/' +
                                                                                      i3 +
                                                                                      '/bytes',
                                                                                    schemaPath:
                                                                                      '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf/0/type',
                                                                                    keyword: 'type',
                                                                                    params: { type: 'array' },
                                                                                    message: 'must be array',
                                                                                  };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err12];
                                                                                  } else {
                                                                                    vErrors.push(err12);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                              }
                                                                              var _valid3 =
                                                                                _errs45 === errors;
                                                                              valid13 = valid13 || _valid3;
                                                                              const _errs49 = errors;
                                                                              if (data17 !== null) {
                                                                                const err13 = {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/choices/' +
                                                                                    i0 +
                                                                                    '/logprobs/content/' +
                                                                                    i1 +
                                                                                    '/top_logprobs/' +
                                                                                    i3 +
                                                                                    '/bytes',
                                                                                  schemaPath:
                                                                                    '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf/1/type',
                                                                                  keyword: 'type',
                                                                                  params: { type: 'null' },
                                                                                  message: 'must be null',
                                                                                };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err13];
                                                                                } else {
                                                                                  vErrors.push(err13);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                              var _valid3 =
                                                                                _errs49 === errors;
                                                                              valid13 = valid13 || _valid3;
                                                                              if (!valid13) {
                                                                                const err14 = {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/choices/' +
                                                                                    i0 +
                                                                                    '/logprobs/content/' +
                                                                                    i1 +
                                                                                    '/top_logprobs/' +
                                                                                    i3 +
                                                                                    '/bytes',
                                                                                  schemaPath:
                                                                                    '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf',
                                                                                  keyword: 'anyOf',
                                                                                  params: {},
                                                                                  message:
                                                                                    'must match a schema in anyOf',
                                                                                };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err14];
                                                                                } else {
                                                                                  vErrors.push(err14);
                                                                                }
                                                                                errors++;
                                                                              } else {
                                                                                errors = _errs44;
                                                                                if (vErrors !== null) {
                                                                                  if (_errs44) {
                                                                                    vErrors.length = _errs44;
                                                                                  } else {
                                                                                    vErrors = null;
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid12 =
                                                                                _errs43 === errors;
                                                                            } else {
                                                                              var valid12 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      const err15 = {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/choices/' +
                                                                          i0 +
                                                                          '/logprobs/content/' +
                                                                          i1 +
                                                                          '/top_logprobs/' +
                                                                          i3,
                                                                        schemaPath:
                                                                          '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err15];
                                                                      } else {
                                                                        vErrors.push(err15);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var valid11 = _errs37 === errors;
                                                                  if (!valid11) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                const err16 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/choices/' +
                                                                    i0 +
                                                                    '/logprobs/content/' +
                                                                    i1 +
                                                                    '/top_logprobs',
                                                                  schemaPath:
                                                                    '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'array' },
                                                                  message: 'must be array',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err16];
                                                                } else {
                                                                  vErrors.push(err16);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid8 = _errs35 === errors;
                                                          } else {
                                                            var valid8 = true;
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  const err17 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/choices/' +
                                                      i0 +
                                                      '/logprobs/content/' +
                                                      i1,
                                                    schemaPath:
                                                      '#/components/schemas/ChatCompletionTokenLogprob/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err17];
                                                  } else {
                                                    vErrors.push(err17);
                                                  }
                                                  errors++;
                                                }
                                              }
                                              var valid6 = _errs20 === errors;
                                              if (!valid6) {
                                                break;
                                              }
                                            }
                                          } else {
                                            const err18 = {
                                              instancePath:
                                                instancePath + '/choices/' + i0 + '/logprobs/content',
                                              schemaPath:
                                                '#/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/0/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err18];
                                            } else {
                                              vErrors.push(err18);
                                            }
                                            errors++;
                                          }
                                        }
                                        var _valid1 = _errs18 === errors;
                                        valid5 = valid5 || _valid1;
                                        const _errs51 = errors;
                                        if (data7 !== null) {
                                          const err19 = {
                                            instancePath:
                                              instancePath + '/choices/' + i0 + '/logprobs/content',
                                            schemaPath:
                                              '#/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf/1/type',
                                            keyword: 'type',
                                            params: { type: 'null' },
                                            message: 'must be null',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err19];
                                          } else {
                                            vErrors.push(err19);
                                          }
                                          errors++;
                                        }
                                        var _valid1 = _errs51 === errors;
                                        valid5 = valid5 || _valid1;
                                        if (!valid5) {
                                          const err20 = {
                                            instancePath:
                                              instancePath + '/choices/' + i0 + '/logprobs/content',
                                            schemaPath:
                                              '#/properties/choices/items/properties/logprobs/anyOf/0/properties/content/anyOf',
                                            keyword: 'anyOf',
                                            params: {},
                                            message: 'must match a schema in anyOf',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err20];
                                          } else {
                                            vErrors.push(err20);
                                          }
                                          errors++;
                                        } else {
                                          errors = _errs17;
                                          if (vErrors !== null) {
                                            if (_errs17) {
                                              vErrors.length = _errs17;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid4 = _errs16 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data6.refusal !== undefined) {
                                          let data19 = data6.refusal;
                                          const _errs53 = errors;
                                          const _errs54 = errors;
                                          let valid15 = false;
                                          const _errs55 = errors;
                                          if (errors === _errs55) {
                                            if (Array.isArray(data19)) {
                                              var valid16 = true;
                                              const len5 = data19.length;
                                              for (let i5 = 0; i5 < len5; i5++) {
                                                let data20 = data19[i5];
                                                const _errs57 = errors;
                                                const _errs58 = errors;
                                                if (errors === _errs58) {
                                                  if (
                                                    data20 &&
                                                    typeof data20 == 'object' &&
                                                    !Array.isArray(data20)
                                                  ) {
                                                    let missing5;
                                                    if (
                                                      (data20.token === undefined && (missing5 = 'token')) ||
                                                      (data20.logprob === undefined &&
                                                        (missing5 = 'logprob')) ||
                                                      (data20.bytes === undefined && (missing5 = 'bytes')) ||
                                                      (data20.top_logprobs === undefined &&
                                                        (missing5 = 'top_logprobs'))
                                                    ) {
                                                      const err21 = {
                                                        instancePath:
                                                          instancePath +
                                                          '/choices/' +
                                                          i0 +
                                                          '/logprobs/refusal/' +
                                                          i5,
                                                        schemaPath:
                                                          '#/components/schemas/ChatCompletionTokenLogprob/required',
                                                        keyword: 'required',
                                                        params: { missingProperty: missing5 },
                                                        message:
                                                          "must have required property '" + missing5 + "'",
                                                      };
                                                      if (vErrors === null) {
                                                        vErrors = [err21];
                                                      } else {
                                                        vErrors.push(err21);
                                                      }
                                                      errors++;
                                                    } else {
                                                      if (data20.token !== undefined) {
                                                        const _errs60 = errors;
                                                        if (typeof data20.token !== 'string') {
                                                          const err22 = {
                                                            instancePath:
                                                              instancePath +
                                                              '/choices/' +
                                                              i0 +
                                                              '/logprobs/refusal/' +
                                                              i5 +
                                                              '/token',
                                                            schemaPath:
                                                              '#/components/schemas/ChatCompletionTokenLogprob/properties/token/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          };
                                                          if (vErrors === null) {
                                                            vErrors = [err22];
                                                          } else {
                                                            vErrors.push(err22);
                                                          }
                                                          errors++;
                                                        }
                                                        var valid18 = _errs60 === errors;
                                                      } else {
                                                        var valid18 = true;
                                                      }
                                                      if (valid18) {
                                                        if (data20.logprob !== undefined) {
                                                          let data22 = data20.logprob;
                                                          const _errs62 = errors;
                                                          if (!(
                                                            typeof data22 == 'number' && isFinite(data22)
                                                          )) {
                                                            const err23 = {
                                                              instancePath:
                                                                instancePath +
                                                                '/choices/' +
                                                                i0 +
                                                                '/logprobs/refusal/' +
                                                                i5 +
                                                                '/logprob',
                                                              schemaPath:
                                                                '#/components/schemas/ChatCompletionTokenLogprob/properties/logprob/type',
                                                              keyword: 'type',
                                                              params: { type: 'number' },
                                                              message: 'must be number',
                                                            };
                                                            if (vErrors === null) {
                                                              vErrors = [err23];
                                                            } else {
                                                              vErrors.push(err23);
                                                            }
                                                            errors++;
                                                          }
                                                          var valid18 = _errs62 === errors;
                                                        } else {
                                                          var valid18 = true;
                                                        }
                                                        if (valid18) {
                                                          if (data20.bytes !== undefined) {
                                                            let data23 = data20.bytes;
                                                            const _errs64 = errors;
                                                            const _errs65 = errors;
                                                            let valid19 = false;
                                                            const _errs66 = errors;
                                                            if (errors === _errs66) {
                                                              if (Array.isArray(data23)) {
                                                                var valid20 = true;
                                                                const len6 = data23.length;
                                                                for (let i6 = 0; i6 < len6; i6++) {
                                                                  let data24 = data23[i6];
                                                                  const _errs68 = errors;
                                                                  if (!(
                                                                    typeof data24 == 'number' &&
                                                                    !(data24 % 1) &&
                                                                    !isNaN(data24) &&
                                                                    isFinite(data24)
                                                                  )) {
                                                                    const err24 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/choices/' +
                                                                        i0 +
                                                                        '/logprobs/refusal/' +
                                                                        i5 +
                                                                        '/bytes/' +
                                                                        i6,
                                                                      schemaPath:
                                                                        '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf/0/items/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'integer' },
                                                                      message: 'must be integer',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err24];
                                                                    } else {
                                                                      vErrors.push(err24);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid20 = _errs68 === errors;
                                                                  if (!valid20) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                const err25 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/choices/' +
                                                                    i0 +
                                                                    '/logprobs/refusal/' +
                                                                    i5 +
                                                                    '/bytes',
                                                                  schemaPath:
                                                                    '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf/0/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'array' },
                                                                  message: 'must be array',
                                                                };
                                                                if (vErrors === null) {
                                                                  vErrors = [err25];
                                                                } else {
                                                                  vErrors.push(err25);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var _valid5 = _errs66 === errors;
                                                            valid19 = valid19 || _valid5;
                                                            const _errs70 = errors;
                                                            if (data23 !== null) {
                                                              const err26 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/choices/' +
                                                                  i0 +
                                                                  '/logprobs/refusal/' +
                                                                  i5 +
                                                                  '/bytes',
                                                                schemaPath:
                                                                  '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf/1/type',
                                                                keyword: 'type',
                                                                params: { type: 'null' },
                                                                message: 'must be null',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err26];
                                                              } else {
                                                                vErrors.push(err26);
                                                              }
                                                              errors++;
                                                            }
                                                            var _valid5 = _errs70 === errors;
                                                            valid19 = valid19 || _valid5;
                                                            if (!valid19) {
                                                              const err27 = {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/choices/' +
                                                                  i0 +
                                                                  '/logprobs/refusal/' +
                                                                  i5 +
                                                                  '/bytes',
                                                                schemaPath:
                                                                  '#/components/schemas/ChatCompletionTokenLogprob/properties/bytes/anyOf',
                                                                keyword: 'anyOf',
                                                                params: {},
                                                                message: 'must match a schema in anyOf',
                                                              };
                                                              if (vErrors === null) {
                                                                vErrors = [err27];
                                                              } else {
                                                                vErrors.push(err27);
                                                              }
                                                              errors++;
                                                            } else {
                                                              errors = _errs65;
                                                              if (vErrors !== null) {
                                                                if (_errs65) {
                                                                  vErrors.length = _errs65;
                                                                } else {
                                                                  vErrors = null;
                                                                }
                                                              }
                                                            }
                                                            var valid18 = _errs64 === errors;
                                                          } else {
                                                            var valid18 = true;
                                                          }
                                                          if (valid18) {
                                                            if (data20.top_logprobs !== undefined) {
                                                              let data25 = data20.top_logprobs;
                                                              const _errs72 = errors;
                                                              if (errors === _errs72) {
                                                                if (Array.isArray(data25)) {
                                                                  var valid21 = true;
                                                                  const len7 = data25.length;
                                                                  for (let i7 = 0; i7 < len7; i7++) {
                                                                    let data26 = data25[i7];
                                                                    const _errs74 = errors;
                                                                    if (errors === _errs74) {
                                                                      if (
                                                                        data26 &&
                                                                        typeof data26 == 'object' &&
                                                                        !Array.isArray(data26)
                                                                      ) {
                                                                        let missing6;
                                                                        if (
                                                                          (data26.token === undefined &&
                                                                            (missing6 = 'token')) ||
                                                                          (data26.logprob === undefined &&
                                                                            (missing6 = 'logprob')) ||
                                                                          (data26.bytes === undefined &&
                                                                            (missing6 = 'bytes'))
                                                                        ) {
                                                                          const err28 = {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/choices/' +
                                                                              i0 +
                                                                              '/logprobs/refusal/' +
                                                                              i5 +
                                                                              '/top_logprobs/' +
                                                                              i7,
                                                                            schemaPath:
                                                                              '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/required',
                                                                            keyword: 'required',
                                                                            params: {
                                                                              missingProperty: missing6,
                                                                            },
                                                                            message:
                                                                              "must have required property '" +
                                                                              missing6 +
                                                                              "'",
                                                                          };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err28];
                                                                          } else {
                                                                            vErrors.push(err28);
                                                                          }
                                                                          errors++;
                                                                        } else {
                                                                          if (data26.token !== undefined) {
                                                                            const _errs76 = errors;
                                                                            if (
                                                                              typeof data26.token !== 'string'
                                                                            ) {
                                                                              const err29 = {
                                                                                instancePath:
                                                                                  instancePath +
                                                                                  '/choices/' +
                                                                                  i0 +
                                                                                  '/logprobs/refusal/' +
                                                                                  i5 +
                                                                                  '/top_logprobs/' +
                                                                                  i7 +
                                                                                  '/token',
                                                                                schemaPath:
                                                                                  '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/token/type',
                                                                                keyword: 'type',
                                                                                params: { type: 'string' },
                                                                                message: 'must be string',
                                                                              };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err29];
                                                                              } else {
                                                                                vErrors.push(err29);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                            var valid22 = _errs76 === errors;
                                                                          } else {
                                                                            var valid22 = true;
                                                                          }
                                                                          if (valid22) {
                                                                            if (
                                                                              data26.logprob !== undefined
                                                                            ) {
                                                                              let data28 = data26.logprob;
                                                                              const _errs78 = errors;
                                                                              if (!(
                                                                                typeof data28 == 'number' &&
                                                                                isFinite(data28)
                                                                              )) {
                                                                                const err30 = {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/choices/' +
                                                                                    i0 +
                                                                                    '/logprobs/refusal/' +
                                                                                    i5 +
                                                                                    '/top_logprobs/' +
                                                                                    i7 +
                                                                                    '/logprob',
                                                                                  schemaPath:
                                                                                    '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/logprob/type',
                                                                                  keyword: 'type',
                                                                                  params: { type: 'number' },
                                                                                  message: 'must be number',
                                                                                };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err30];
                                                                                } else {
                                                                                  vErrors.push(err30);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                              var valid22 =
                                                                                _errs78 === errors;
                                                                            } else {
                                                                              var valid22 = true;
                                                                            }
                                                                            if (valid22) {
                                                                              if (
                                                                                data26.bytes !== undefined
                                                                              ) {
                                                                                let data29 = data26.bytes;
                                                                                const _errs80 = errors;
                                                                                const _errs81 = errors;
                                                                                let valid23 = false;
                                                                                const _errs82 = errors;
                                                                                if (errors === _errs82) {
                                                                                  if (Array.isArray(data29)) {
                                                                                    var valid24 = true;
                                                                                    const len8 =
                                                                                      data29.length;
                                                                                    for (
                                                                                      let i8 = 0;
                                                                                      i8 < len8;
                                                                                      i8++
                                                                                    ) {
                                                                                      let data30 = data29[i8];
                                                                                      const _errs84 = errors;
                                                                                      if (!(
                                                                                        typeof data30 ==
                                                                                          'number' &&
                                                                                        !(data30 % 1) &&
                                                                                        !isNaN(data30) &&
                                                                                        isFinite(data30)
                                                                                      )) {
                                                                                        const err31 = {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/choices/' +
                                                                                            i0 +
                                                                                            '/logprobs/refusal/' +
                                                                                            i5 +
                                                                                            '/top_logprobs/' +
                                                                                            i7 +
                                                                                            '/bytes/' +
                                                                                            i8,
                                                                                          schemaPath:
                                                                                            '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf/0/items/type',
                                                                                          keyword: 'type',
                                                                                          params: {
                                                                                            type: 'integer',
                                                                                          },
                                                                                          message:
                                                                                            'must be integer',
                                                                                        };
                                                                                        if (
                                                                                          vErrors === null
                                                                                        ) {
                                                                                          vErrors = [err31];
                                                                                        } else {
                                                                                          vErrors.push(err31);
                                                                                        }
                                                                                        errors++;
                                                                                      }
                                                                                      var valid24 =
                                                                                        _errs84 === errors;
                                                                                      if (!valid24) {
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    const err32 = {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/choices/' +
                                                                                        i0 +
                                                                                        '/logprobs/refusal/' +
                                                                                        i5 +
                                                                                        '/top_logprobs/' +
                                                                                        i7 +
                                                                                        '/bytes',
                                                                                      schemaPath:
                                                                                        '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf/0/type',
                                                                                      keyword: 'type',
                                                                                      params: {
                                                                                        type: 'array',
                                                                                      },
                                                                                      message:
                                                                                        'must be array',
                                                                                    };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err32];
                                                                                    } else {
                                                                                      vErrors.push(err32);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                }
                                                                                var _valid6 =
                                                                                  _errs82 === errors;
                                                                                valid23 = valid23 || _valid6;
                                                                                const _errs86 = errors;
                                                                                if (data29 !== null) {
                                                                                  const err33 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/choices/' +
                                                                                      i0 +
                                                                                      '/logprobs/refusal/' +
                                                                                      i5 +
                                                                                      '/top_logprobs/' +
                                                                                      i7 +
                                                                                      '/bytes',
                                                                                    schemaPath:
                                                                                      '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf/1/type',
                                                                                    keyword: 'type',
                                                                                    params: { type: 'null' },
                                                                                    message: 'must be null',
                                                                                  };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err33];
                                                                                  } else {
                                                                                    vErrors.push(err33);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                                var _valid6 =
                                                                                  _errs86 === errors;
                                                                                valid23 = valid23 || _valid6;
                                                                                if (!valid23) {
                                                                                  const err34 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/choices/' +
                                                                                      i0 +
                                                                                      '/logprobs/refusal/' +
                                                                                      i5 +
                                                                                      '/top_logprobs/' +
                                                                                      i7 +
                                                                                      '/bytes',
                                                                                    schemaPath:
                                                                                      '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/properties/bytes/anyOf',
                                                                                    keyword: 'anyOf',
                                                                                    params: {},
                                                                                    message:
                                                                                      'must match a schema in anyOf',
                                                                                  };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err34];
                                                                                  } else {
                                                                                    vErrors.push(err34);
                                                                                  }
                                                                                  errors++;
                                                                                } else {
                                                                                  errors = _errs81;
                                                                                  if (vErrors !== null) {
                                                                                    if (_errs81) {
                                                                                      vErrors.length =
                                                                                        _errs81;
                                                                                    } else {
                                                                                      vErrors = null;
                                                                                    }
                                                                                  }
                                                                                }
                                                                                var valid22 =
                                                                                  _errs80 === errors;
                                                                              } else {
                                                                                var valid22 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      } else {
                                                                        const err35 = {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/choices/' +
                                                                            i0 +
                                                                            '/logprobs/refusal/' +
                                                                            i5 +
                                                                            '/top_logprobs/' +
                                                                            i7,
                                                                          schemaPath:
                                                                            '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/items/type',
                                                                          keyword: 'type',
                                                                          params: { type: 'object' },
                                                                          message: 'must be object',
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err35];
                                                                        } else {
                                                                          vErrors.push(err35);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                    }
                                                                    var valid21 = _errs74 === errors;
                                                                    if (!valid21) {
                                                                      break;
                                                                    }
                                                                  }
                                                                } else {
                                                                  const err36 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/choices/' +
                                                                      i0 +
                                                                      '/logprobs/refusal/' +
                                                                      i5 +
                                                                      '/top_logprobs',
                                                                    schemaPath:
                                                                      '#/components/schemas/ChatCompletionTokenLogprob/properties/top_logprobs/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'array' },
                                                                    message: 'must be array',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err36];
                                                                  } else {
                                                                    vErrors.push(err36);
                                                                  }
                                                                  errors++;
                                                                }
                                                              }
                                                              var valid18 = _errs72 === errors;
                                                            } else {
                                                              var valid18 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    const err37 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/choices/' +
                                                        i0 +
                                                        '/logprobs/refusal/' +
                                                        i5,
                                                      schemaPath:
                                                        '#/components/schemas/ChatCompletionTokenLogprob/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err37];
                                                    } else {
                                                      vErrors.push(err37);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid16 = _errs57 === errors;
                                                if (!valid16) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              const err38 = {
                                                instancePath:
                                                  instancePath + '/choices/' + i0 + '/logprobs/refusal',
                                                schemaPath:
                                                  '#/properties/choices/items/properties/logprobs/anyOf/0/properties/refusal/anyOf/0/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err38];
                                              } else {
                                                vErrors.push(err38);
                                              }
                                              errors++;
                                            }
                                          }
                                          var _valid4 = _errs55 === errors;
                                          valid15 = valid15 || _valid4;
                                          const _errs88 = errors;
                                          if (data19 !== null) {
                                            const err39 = {
                                              instancePath:
                                                instancePath + '/choices/' + i0 + '/logprobs/refusal',
                                              schemaPath:
                                                '#/properties/choices/items/properties/logprobs/anyOf/0/properties/refusal/anyOf/1/type',
                                              keyword: 'type',
                                              params: { type: 'null' },
                                              message: 'must be null',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err39];
                                            } else {
                                              vErrors.push(err39);
                                            }
                                            errors++;
                                          }
                                          var _valid4 = _errs88 === errors;
                                          valid15 = valid15 || _valid4;
                                          if (!valid15) {
                                            const err40 = {
                                              instancePath:
                                                instancePath + '/choices/' + i0 + '/logprobs/refusal',
                                              schemaPath:
                                                '#/properties/choices/items/properties/logprobs/anyOf/0/properties/refusal/anyOf',
                                              keyword: 'anyOf',
                                              params: {},
                                              message: 'must match a schema in anyOf',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err40];
                                            } else {
                                              vErrors.push(err40);
                                            }
                                            errors++;
                                          } else {
                                            errors = _errs54;
                                            if (vErrors !== null) {
                                              if (_errs54) {
                                                vErrors.length = _errs54;
                                              } else {
                                                vErrors = null;
                                              }
                                            }
                                          }
                                          var valid4 = _errs53 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  } else {
                                    const err41 = {
                                      instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                      schemaPath:
                                        '#/properties/choices/items/properties/logprobs/anyOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err41];
                                    } else {
                                      vErrors.push(err41);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid0 = _errs14 === errors;
                                valid3 = valid3 || _valid0;
                                if (_valid0) {
                                  var props0 = {};
                                  props0.content = true;
                                  props0.refusal = true;
                                }
                                const _errs90 = errors;
                                if (data6 !== null) {
                                  const err42 = {
                                    instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                    schemaPath: '#/properties/choices/items/properties/logprobs/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err42];
                                  } else {
                                    vErrors.push(err42);
                                  }
                                  errors++;
                                }
                                var _valid0 = _errs90 === errors;
                                valid3 = valid3 || _valid0;
                                if (!valid3) {
                                  const err43 = {
                                    instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                    schemaPath: '#/properties/choices/items/properties/logprobs/anyOf',
                                    keyword: 'anyOf',
                                    params: {},
                                    message: 'must match a schema in anyOf',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err43];
                                  } else {
                                    vErrors.push(err43);
                                  }
                                  errors++;
                                  validate2.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs13;
                                  if (vErrors !== null) {
                                    if (_errs13) {
                                      vErrors.length = _errs13;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid2 = _errs12 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate2.errors = [
                        {
                          instancePath: instancePath + '/choices/' + i0,
                          schemaPath: '#/properties/choices/items/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate2.errors = [
                  {
                    instancePath: instancePath + '/choices',
                    schemaPath: '#/properties/choices/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.created !== undefined) {
              let data31 = data.created;
              const _errs92 = errors;
              if (!(typeof data31 == 'number' && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
                validate2.errors = [
                  {
                    instancePath: instancePath + '/created',
                    schemaPath: '#/properties/created/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs92 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.model !== undefined) {
                const _errs94 = errors;
                if (typeof data.model !== 'string') {
                  validate2.errors = [
                    {
                      instancePath: instancePath + '/model',
                      schemaPath: '#/properties/model/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs94 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.metadata !== undefined) {
                  let data33 = data.metadata;
                  const _errs96 = errors;
                  const _errs98 = errors;
                  let valid26 = false;
                  const _errs99 = errors;
                  if (errors === _errs99) {
                    if (data33 && typeof data33 == 'object' && !Array.isArray(data33)) {
                      for (const key0 in data33) {
                        const _errs102 = errors;
                        if (typeof data33[key0] !== 'string') {
                          const err44 = {
                            instancePath:
                              instancePath + '/metadata/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                            schemaPath: '#/components/schemas/Metadata/anyOf/0/additionalProperties/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err44];
                          } else {
                            vErrors.push(err44);
                          }
                          errors++;
                        }
                        var valid27 = _errs102 === errors;
                        if (!valid27) {
                          break;
                        }
                      }
                    } else {
                      const err45 = {
                        instancePath: instancePath + '/metadata',
                        schemaPath: '#/components/schemas/Metadata/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                  }
                  var _valid7 = _errs99 === errors;
                  valid26 = valid26 || _valid7;
                  const _errs104 = errors;
                  if (data33 !== null) {
                    const err46 = {
                      instancePath: instancePath + '/metadata',
                      schemaPath: '#/components/schemas/Metadata/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                  var _valid7 = _errs104 === errors;
                  valid26 = valid26 || _valid7;
                  if (!valid26) {
                    const err47 = {
                      instancePath: instancePath + '/metadata',
                      schemaPath: '#/components/schemas/Metadata/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                    validate2.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs98;
                    if (vErrors !== null) {
                      if (_errs98) {
                        vErrors.length = _errs98;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs96 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.service_tier !== undefined) {
                    let data35 = data.service_tier;
                    const _errs106 = errors;
                    const _errs108 = errors;
                    let valid29 = false;
                    const _errs109 = errors;
                    if (typeof data35 !== 'string') {
                      const err48 = {
                        instancePath: instancePath + '/service_tier',
                        schemaPath: '#/components/schemas/ServiceTier/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (!(
                      data35 === 'auto' ||
                      data35 === 'default' ||
                      data35 === 'flex' ||
                      data35 === 'scale' ||
                      data35 === 'priority' ||
                      data35 === 'fast'
                    )) {
                      const err49 = {
                        instancePath: instancePath + '/service_tier',
                        schemaPath: '#/components/schemas/ServiceTier/anyOf/0/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema10.anyOf[0].enum },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    var _valid8 = _errs109 === errors;
                    valid29 = valid29 || _valid8;
                    const _errs111 = errors;
                    if (data35 !== null) {
                      const err50 = {
                        instancePath: instancePath + '/service_tier',
                        schemaPath: '#/components/schemas/ServiceTier/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'null' },
                        message: 'must be null',
                      };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                    var _valid8 = _errs111 === errors;
                    valid29 = valid29 || _valid8;
                    if (!valid29) {
                      const err51 = {
                        instancePath: instancePath + '/service_tier',
                        schemaPath: '#/components/schemas/ServiceTier/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                      validate2.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs108;
                      if (vErrors !== null) {
                        if (_errs108) {
                          vErrors.length = _errs108;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs106 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.system_fingerprint !== undefined) {
                      const _errs113 = errors;
                      if (typeof data.system_fingerprint !== 'string') {
                        validate2.errors = [
                          {
                            instancePath: instancePath + '/system_fingerprint',
                            schemaPath: '#/properties/system_fingerprint/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid0 = _errs113 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.object !== undefined) {
                        let data37 = data.object;
                        const _errs115 = errors;
                        if (typeof data37 !== 'string') {
                          validate2.errors = [
                            {
                              instancePath: instancePath + '/object',
                              schemaPath: '#/properties/object/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        if (!(data37 === 'chat.completion')) {
                          validate2.errors = [
                            {
                              instancePath: instancePath + '/object',
                              schemaPath: '#/properties/object/enum',
                              keyword: 'enum',
                              params: { allowedValues: schema2.properties.object.enum },
                              message: 'must be equal to one of the allowed values',
                            },
                          ];
                          return false;
                        }
                        var valid0 = _errs115 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.usage !== undefined) {
                          let data38 = data.usage;
                          const _errs117 = errors;
                          const _errs118 = errors;
                          if (errors === _errs118) {
                            if (data38 && typeof data38 == 'object' && !Array.isArray(data38)) {
                              let missing7;
                              if (
                                (data38.prompt_tokens === undefined && (missing7 = 'prompt_tokens')) ||
                                (data38.completion_tokens === undefined &&
                                  (missing7 = 'completion_tokens')) ||
                                (data38.total_tokens === undefined && (missing7 = 'total_tokens'))
                              ) {
                                validate2.errors = [
                                  {
                                    instancePath: instancePath + '/usage',
                                    schemaPath: '#/components/schemas/CompletionUsage/required',
                                    keyword: 'required',
                                    params: { missingProperty: missing7 },
                                    message: "must have required property '" + missing7 + "'",
                                  },
                                ];
                                return false;
                              } else {
                                if (data38.completion_tokens !== undefined) {
                                  let data39 = data38.completion_tokens;
                                  const _errs120 = errors;
                                  if (!(
                                    typeof data39 == 'number' &&
                                    !(data39 % 1) &&
                                    !isNaN(data39) &&
                                    isFinite(data39)
                                  )) {
                                    validate2.errors = [
                                      {
                                        instancePath: instancePath + '/usage/completion_tokens',
                                        schemaPath:
                                          '#/components/schemas/CompletionUsage/properties/completion_tokens/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid31 = _errs120 === errors;
                                } else {
                                  var valid31 = true;
                                }
                                if (valid31) {
                                  if (data38.prompt_tokens !== undefined) {
                                    let data40 = data38.prompt_tokens;
                                    const _errs122 = errors;
                                    if (!(
                                      typeof data40 == 'number' &&
                                      !(data40 % 1) &&
                                      !isNaN(data40) &&
                                      isFinite(data40)
                                    )) {
                                      validate2.errors = [
                                        {
                                          instancePath: instancePath + '/usage/prompt_tokens',
                                          schemaPath:
                                            '#/components/schemas/CompletionUsage/properties/prompt_tokens/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid31 = _errs122 === errors;
                                  } else {
                                    var valid31 = true;
                                  }
                                  if (valid31) {
                                    if (data38.total_tokens !== undefined) {
                                      let data41 = data38.total_tokens;
                                      const _errs124 = errors;
                                      if (!(
                                        typeof data41 == 'number' &&
                                        !(data41 % 1) &&
                                        !isNaN(data41) &&
                                        isFinite(data41)
                                      )) {
                                        validate2.errors = [
                                          {
                                            instancePath: instancePath + '/usage/total_tokens',
                                            schemaPath:
                                              '#/components/schemas/CompletionUsage/properties/total_tokens/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid31 = _errs124 === errors;
                                    } else {
                                      var valid31 = true;
                                    }
                                    if (valid31) {
                                      if (data38.completion_tokens_details !== undefined) {
                                        let data42 = data38.completion_tokens_details;
                                        const _errs126 = errors;
                                        if (errors === _errs126) {
                                          if (data42 && typeof data42 == 'object' && !Array.isArray(data42)) {
                                            if (data42.accepted_prediction_tokens !== undefined) {
                                              let data43 = data42.accepted_prediction_tokens;
                                              const _errs128 = errors;
                                              if (!(
                                                typeof data43 == 'number' &&
                                                !(data43 % 1) &&
                                                !isNaN(data43) &&
                                                isFinite(data43)
                                              )) {
                                                validate2.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/usage/completion_tokens_details/accepted_prediction_tokens',
                                                    schemaPath:
                                                      '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/accepted_prediction_tokens/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid32 = _errs128 === errors;
                                            } else {
                                              var valid32 = true;
                                            }
                                            if (valid32) {
                                              if (data42.audio_tokens !== undefined) {
                                                let data44 = data42.audio_tokens;
                                                const _errs130 = errors;
                                                if (!(
                                                  typeof data44 == 'number' &&
                                                  !(data44 % 1) &&
                                                  !isNaN(data44) &&
                                                  isFinite(data44)
                                                )) {
                                                  validate2.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/usage/completion_tokens_details/audio_tokens',
                                                      schemaPath:
                                                        '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/audio_tokens/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid32 = _errs130 === errors;
                                              } else {
                                                var valid32 = true;
                                              }
                                              if (valid32) {
                                                if (data42.reasoning_tokens !== undefined) {
                                                  let data45 = data42.reasoning_tokens;
                                                  const _errs132 = errors;
                                                  if (!(
                                                    typeof data45 == 'number' &&
                                                    !(data45 % 1) &&
                                                    !isNaN(data45) &&
                                                    isFinite(data45)
                                                  )) {
                                                    validate2.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/usage/completion_tokens_details/reasoning_tokens',
                                                        schemaPath:
                                                          '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/reasoning_tokens/type',
                                                        keyword: 'type',
                                                        params: { type: 'integer' },
                                                        message: 'must be integer',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid32 = _errs132 === errors;
                                                } else {
                                                  var valid32 = true;
                                                }
                                                if (valid32) {
                                                  if (data42.text_tokens !== undefined) {
                                                    let data46 = data42.text_tokens;
                                                    const _errs134 = errors;
                                                    if (!(
                                                      typeof data46 == 'number' &&
                                                      !(data46 % 1) &&
                                                      !isNaN(data46) &&
                                                      isFinite(data46)
                                                    )) {
                                                      validate2.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/usage/completion_tokens_details/text_tokens',
                                                          schemaPath:
                                                            '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/text_tokens/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid32 = _errs134 === errors;
                                                  } else {
                                                    var valid32 = true;
                                                  }
                                                  if (valid32) {
                                                    if (data42.rejected_prediction_tokens !== undefined) {
                                                      let data47 = data42.rejected_prediction_tokens;
                                                      const _errs136 = errors;
                                                      if (!(
                                                        typeof data47 == 'number' &&
                                                        !(data47 % 1) &&
                                                        !isNaN(data47) &&
                                                        isFinite(data47)
                                                      )) {
                                                        validate2.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/usage/completion_tokens_details/rejected_prediction_tokens',
                                                            schemaPath:
                                                              '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/rejected_prediction_tokens/type',
                                                            keyword: 'type',
                                                            params: { type: 'integer' },
                                                            message: 'must be integer',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid32 = _errs136 === errors;
                                                    } else {
                                                      var valid32 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate2.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/usage/completion_tokens_details',
                                                schemaPath:
                                                  '#/components/schemas/CompletionUsage/properties/completion_tokens_details/type',
                                                keyword: 'type',
                                                params: { type: 'object' },
                                                message: 'must be object',
                                              },
                                            ];
                                            return false;
                                          }
                                        }
                                        var valid31 = _errs126 === errors;
                                      } else {
                                        var valid31 = true;
                                      }
                                      if (valid31) {
                                        if (data38.prompt_tokens_details !== undefined) {
                                          let data48 = data38.prompt_tokens_details;
                                          const _errs138 = errors;
                                          if (errors === _errs138) {
                                            if (
                                              data48 &&
                                              typeof data48 == 'object' &&
                                              !Array.isArray(data48)
                                            ) {
                                              if (data48.audio_tokens !== undefined) {
                                                let data49 = data48.audio_tokens;
                                                const _errs140 = errors;
                                                if (!(
                                                  typeof data49 == 'number' &&
                                                  !(data49 % 1) &&
                                                  !isNaN(data49) &&
                                                  isFinite(data49)
                                                )) {
                                                  validate2.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/usage/prompt_tokens_details/audio_tokens',
                                                      schemaPath:
                                                        '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/audio_tokens/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid33 = _errs140 === errors;
                                              } else {
                                                var valid33 = true;
                                              }
                                              if (valid33) {
                                                if (data48.cached_tokens !== undefined) {
                                                  let data50 = data48.cached_tokens;
                                                  const _errs142 = errors;
                                                  if (!(
                                                    typeof data50 == 'number' &&
                                                    !(data50 % 1) &&
                                                    !isNaN(data50) &&
                                                    isFinite(data50)
                                                  )) {
                                                    validate2.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/usage/prompt_tokens_details/cached_tokens',
                                                        schemaPath:
                                                          '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/cached_tokens/type',
                                                        keyword: 'type',
                                                        params: { type: 'integer' },
                                                        message: 'must be integer',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid33 = _errs142 === errors;
                                                } else {
                                                  var valid33 = true;
                                                }
                                                if (valid33) {
                                                  if (data48.text_tokens !== undefined) {
                                                    let data51 = data48.text_tokens;
                                                    const _errs144 = errors;
                                                    if (!(
                                                      typeof data51 == 'number' &&
                                                      !(data51 % 1) &&
                                                      !isNaN(data51) &&
                                                      isFinite(data51)
                                                    )) {
                                                      validate2.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/usage/prompt_tokens_details/text_tokens',
                                                          schemaPath:
                                                            '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/text_tokens/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid33 = _errs144 === errors;
                                                  } else {
                                                    var valid33 = true;
                                                  }
                                                  if (valid33) {
                                                    if (data48.image_tokens !== undefined) {
                                                      let data52 = data48.image_tokens;
                                                      const _errs146 = errors;
                                                      if (!(
                                                        typeof data52 == 'number' &&
                                                        !(data52 % 1) &&
                                                        !isNaN(data52) &&
                                                        isFinite(data52)
                                                      )) {
                                                        validate2.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/usage/prompt_tokens_details/image_tokens',
                                                            schemaPath:
                                                              '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/image_tokens/type',
                                                            keyword: 'type',
                                                            params: { type: 'integer' },
                                                            message: 'must be integer',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid33 = _errs146 === errors;
                                                    } else {
                                                      var valid33 = true;
                                                    }
                                                    if (valid33) {
                                                      if (data48.cache_write_tokens !== undefined) {
                                                        let data53 = data48.cache_write_tokens;
                                                        const _errs148 = errors;
                                                        if (!(
                                                          typeof data53 == 'number' &&
                                                          !(data53 % 1) &&
                                                          !isNaN(data53) &&
                                                          isFinite(data53)
                                                        )) {
                                                          validate2.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/usage/prompt_tokens_details/cache_write_tokens',
                                                              schemaPath:
                                                                '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/cache_write_tokens/type',
                                                              keyword: 'type',
                                                              params: { type: 'integer' },
                                                              message: 'must be integer',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid33 = _errs148 === errors;
                                                      } else {
                                                        var valid33 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate2.errors = [
                                                {
                                                  instancePath: instancePath + '/usage/prompt_tokens_details',
                                                  schemaPath:
                                                    '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/type',
                                                  keyword: 'type',
                                                  params: { type: 'object' },
                                                  message: 'must be object',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid31 = _errs138 === errors;
                                        } else {
                                          var valid31 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate2.errors = [
                                {
                                  instancePath: instancePath + '/usage',
                                  schemaPath: '#/components/schemas/CompletionUsage/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid0 = _errs117 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.moderation !== undefined) {
                            let data54 = data.moderation;
                            const _errs150 = errors;
                            const _errs151 = errors;
                            let valid34 = false;
                            const _errs152 = errors;
                            if (
                              !validate7(data54, {
                                instancePath: instancePath + '/moderation',
                                parentData: data,
                                parentDataProperty: 'moderation',
                                rootData,
                                dynamicAnchors,
                              })
                            ) {
                              vErrors =
                                vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);
                              errors = vErrors.length;
                            }
                            var _valid9 = _errs152 === errors;
                            valid34 = valid34 || _valid9;
                            if (_valid9) {
                              var props2 = {};
                              props2.input = true;
                              props2.output = true;
                            }
                            const _errs153 = errors;
                            if (data54 !== null) {
                              const err52 = {
                                instancePath: instancePath + '/moderation',
                                schemaPath: '#/properties/moderation/anyOf/1/type',
                                keyword: 'type',
                                params: { type: 'null' },
                                message: 'must be null',
                              };
                              if (vErrors === null) {
                                vErrors = [err52];
                              } else {
                                vErrors.push(err52);
                              }
                              errors++;
                            }
                            var _valid9 = _errs153 === errors;
                            valid34 = valid34 || _valid9;
                            if (!valid34) {
                              const err53 = {
                                instancePath: instancePath + '/moderation',
                                schemaPath: '#/properties/moderation/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf',
                              };
                              if (vErrors === null) {
                                vErrors = [err53];
                              } else {
                                vErrors.push(err53);
                              }
                              errors++;
                              validate2.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs151;
                              if (vErrors !== null) {
                                if (_errs151) {
                                  vErrors.length = _errs151;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid0 = _errs150 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate2.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate2.errors = vErrors;
  return errors === 0;
}
validate2.evaluated = {
  props: {
    id: true,
    choices: true,
    created: true,
    model: true,
    metadata: true,
    service_tier: true,
    system_fingerprint: true,
    object: true,
    usage: true,
    moderation: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

function validate0(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply200" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate0.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate2(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate0.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply400 = validate15;
const schema18 = {
  $id: 'createChatCompletionReply400',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};
const schema19 = {
  type: 'object',
  properties: { error: { $ref: '#/components/schemas/Error' } },
  required: ['error'],
};
const schema20 = {
  type: 'object',
  properties: {
    code: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    message: { type: 'string' },
    param: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    type: { type: 'string' },
  },
  required: ['type', 'message', 'param', 'code'],
};

function validate16(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate16.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate16.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate16.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate16.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate16.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate16.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate16.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate16.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate16.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate16.errors = vErrors;
  return errors === 0;
}
validate16.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate15(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply400" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate15.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate16(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate15.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate15.errors = vErrors;
  return errors === 0;
}
validate15.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply401 = validate18;
const schema21 = {
  $id: 'createChatCompletionReply401',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate19(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate19.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate19.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate19.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate19.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate19.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate19.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate19.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate19.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate19.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate19.errors = vErrors;
  return errors === 0;
}
validate19.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate18(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply401" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate18.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate19(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate18.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate18.errors = vErrors;
  return errors === 0;
}
validate18.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply404 = validate21;
const schema24 = {
  $id: 'createChatCompletionReply404',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate22(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate22.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate22.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate22.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate22.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate22.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate21(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply404" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate22(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate21.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply413 = validate24;
const schema27 = {
  $id: 'createChatCompletionReply413',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate25.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate25.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate25.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate25.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate25.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate25.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate25.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate25.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply413" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate25(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate24.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply429 = validate27;
const schema30 = {
  $id: 'createChatCompletionReply429',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate28(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate28.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate28.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate28.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate28.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate28.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate28.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate28.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate28.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply429" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate28(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate27.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply500 = validate30;
const schema33 = {
  $id: 'createChatCompletionReply500',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate31.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate31.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate31.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate31.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate31.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate31.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate31.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate31.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply500" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate31(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate30.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply502 = validate33;
const schema36 = {
  $id: 'createChatCompletionReply502',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate34.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate34.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate34.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate34.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate34.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate34.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate34.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate34.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate33(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply502" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate34(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate33.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createChatCompletionReply504 = validate36;
const schema39 = {
  $id: 'createChatCompletionReply504',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate37(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate37.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate37.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate37.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate37.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate37.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate37.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate37.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate37.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate36(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionReply504" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate37(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate36.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply200 = validate39;
const schema42 = {
  $id: 'createCompletionReply200',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/CreateCompletionResponse' } },
};
const schema43 = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    choices: {
      type: 'array',
      items: {
        type: 'object',
        required: ['finish_reason', 'index', 'logprobs', 'text'],
        properties: {
          finish_reason: { type: 'string', enum: ['stop', 'length', 'content_filter'] },
          index: { type: 'integer' },
          logprobs: {
            anyOf: [
              {
                type: 'object',
                properties: {
                  text_offset: { type: 'array', items: { type: 'integer' } },
                  token_logprobs: { type: 'array', items: { type: 'number' } },
                  tokens: { type: 'array', items: { type: 'string' } },
                  top_logprobs: {
                    type: 'array',
                    items: { type: 'object', additionalProperties: { type: 'number' } },
                  },
                },
              },
              { type: 'null' },
            ],
          },
          text: { type: 'string' },
        },
      },
    },
    created: { type: 'integer' },
    model: { type: 'string' },
    system_fingerprint: { type: 'string' },
    object: { type: 'string', enum: ['text_completion'] },
    usage: { $ref: '#/components/schemas/CompletionUsage' },
  },
  required: ['id', 'object', 'created', 'model', 'choices'],
};

function validate40(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.object === undefined && (missing0 = 'object')) ||
        (data.created === undefined && (missing0 = 'created')) ||
        (data.model === undefined && (missing0 = 'model')) ||
        (data.choices === undefined && (missing0 = 'choices'))
      ) {
        validate40.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.id !== undefined) {
          const _errs1 = errors;
          if (typeof data.id !== 'string') {
            validate40.errors = [
              {
                instancePath: instancePath + '/id',
                schemaPath: '#/properties/id/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.choices !== undefined) {
            let data1 = data.choices;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data1)) {
                var valid1 = true;
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data2 = data1[i0];
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                      let missing1;
                      if (
                        (data2.finish_reason === undefined && (missing1 = 'finish_reason')) ||
                        (data2.index === undefined && (missing1 = 'index')) ||
                        (data2.logprobs === undefined && (missing1 = 'logprobs')) ||
                        (data2.text === undefined && (missing1 = 'text'))
                      ) {
                        validate40.errors = [
                          {
                            instancePath: instancePath + '/choices/' + i0,
                            schemaPath: '#/properties/choices/items/required',
                            keyword: 'required',
                            params: { missingProperty: missing1 },
                            message: "must have required property '" + missing1 + "'",
                          },
                        ];
                        return false;
                      } else {
                        if (data2.finish_reason !== undefined) {
                          let data3 = data2.finish_reason;
                          const _errs7 = errors;
                          if (typeof data3 !== 'string') {
                            validate40.errors = [
                              {
                                instancePath: instancePath + '/choices/' + i0 + '/finish_reason',
                                schemaPath: '#/properties/choices/items/properties/finish_reason/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          if (!(data3 === 'stop' || data3 === 'length' || data3 === 'content_filter')) {
                            validate40.errors = [
                              {
                                instancePath: instancePath + '/choices/' + i0 + '/finish_reason',
                                schemaPath: '#/properties/choices/items/properties/finish_reason/enum',
                                keyword: 'enum',
                                params: {
                                  allowedValues:
                                    schema43.properties.choices.items.properties.finish_reason.enum,
                                },
                                message: 'must be equal to one of the allowed values',
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs7 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data2.index !== undefined) {
                            let data4 = data2.index;
                            const _errs9 = errors;
                            if (!(
                              typeof data4 == 'number' &&
                              !(data4 % 1) &&
                              !isNaN(data4) &&
                              isFinite(data4)
                            )) {
                              validate40.errors = [
                                {
                                  instancePath: instancePath + '/choices/' + i0 + '/index',
                                  schemaPath: '#/properties/choices/items/properties/index/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs9 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data2.logprobs !== undefined) {
                              let data5 = data2.logprobs;
                              const _errs11 = errors;
                              const _errs12 = errors;
                              let valid3 = false;
                              const _errs13 = errors;
                              if (errors === _errs13) {
                                if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                                  if (data5.text_offset !== undefined) {
                                    let data6 = data5.text_offset;
                                    const _errs15 = errors;
                                    if (errors === _errs15) {
                                      if (Array.isArray(data6)) {
                                        var valid5 = true;
                                        const len1 = data6.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                          let data7 = data6[i1];
                                          const _errs17 = errors;
                                          if (!(
                                            typeof data7 == 'number' &&
                                            !(data7 % 1) &&
                                            !isNaN(data7) &&
                                            isFinite(data7)
                                          )) {
                                            const err0 = {
                                              instancePath:
                                                instancePath +
                                                '/choices/' +
                                                i0 +
                                                '/logprobs/text_offset/' +
                                                i1,
                                              schemaPath:
                                                '#/properties/choices/items/properties/logprobs/anyOf/0/properties/text_offset/items/type',
                                              keyword: 'type',
                                              params: { type: 'integer' },
                                              message: 'must be integer',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err0];
                                            } else {
                                              vErrors.push(err0);
                                            }
                                            errors++;
                                          }
                                          var valid5 = _errs17 === errors;
                                          if (!valid5) {
                                            break;
                                          }
                                        }
                                      } else {
                                        const err1 = {
                                          instancePath:
                                            instancePath + '/choices/' + i0 + '/logprobs/text_offset',
                                          schemaPath:
                                            '#/properties/choices/items/properties/logprobs/anyOf/0/properties/text_offset/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err1];
                                        } else {
                                          vErrors.push(err1);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid4 = _errs15 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data5.token_logprobs !== undefined) {
                                      let data8 = data5.token_logprobs;
                                      const _errs19 = errors;
                                      if (errors === _errs19) {
                                        if (Array.isArray(data8)) {
                                          var valid6 = true;
                                          const len2 = data8.length;
                                          for (let i2 = 0; i2 < len2; i2++) {
                                            let data9 = data8[i2];
                                            const _errs21 = errors;
                                            if (!(typeof data9 == 'number' && isFinite(data9))) {
                                              const err2 = {
                                                instancePath:
                                                  instancePath +
                                                  '/choices/' +
                                                  i0 +
                                                  '/logprobs/token_logprobs/' +
                                                  i2,
                                                schemaPath:
                                                  '#/properties/choices/items/properties/logprobs/anyOf/0/properties/token_logprobs/items/type',
                                                keyword: 'type',
                                                params: { type: 'number' },
                                                message: 'must be number',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err2];
                                              } else {
                                                vErrors.push(err2);
                                              }
                                              errors++;
                                            }
                                            var valid6 = _errs21 === errors;
                                            if (!valid6) {
                                              break;
                                            }
                                          }
                                        } else {
                                          const err3 = {
                                            instancePath:
                                              instancePath + '/choices/' + i0 + '/logprobs/token_logprobs',
                                            schemaPath:
                                              '#/properties/choices/items/properties/logprobs/anyOf/0/properties/token_logprobs/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err3];
                                          } else {
                                            vErrors.push(err3);
                                          }
                                          errors++;
                                        }
                                      }
                                      var valid4 = _errs19 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data5.tokens !== undefined) {
                                        let data10 = data5.tokens;
                                        const _errs23 = errors;
                                        if (errors === _errs23) {
                                          if (Array.isArray(data10)) {
                                            var valid7 = true;
                                            const len3 = data10.length;
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              const _errs25 = errors;
                                              if (typeof data10[i3] !== 'string') {
                                                const err4 = {
                                                  instancePath:
                                                    instancePath +
                                                    '/choices/' +
                                                    i0 +
                                                    '/logprobs/tokens/' +
                                                    i3,
                                                  schemaPath:
                                                    '#/properties/choices/items/properties/logprobs/anyOf/0/properties/tokens/items/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err4];
                                                } else {
                                                  vErrors.push(err4);
                                                }
                                                errors++;
                                              }
                                              var valid7 = _errs25 === errors;
                                              if (!valid7) {
                                                break;
                                              }
                                            }
                                          } else {
                                            const err5 = {
                                              instancePath:
                                                instancePath + '/choices/' + i0 + '/logprobs/tokens',
                                              schemaPath:
                                                '#/properties/choices/items/properties/logprobs/anyOf/0/properties/tokens/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err5];
                                            } else {
                                              vErrors.push(err5);
                                            }
                                            errors++;
                                          }
                                        }
                                        var valid4 = _errs23 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data5.top_logprobs !== undefined) {
                                          let data12 = data5.top_logprobs;
                                          const _errs27 = errors;
                                          if (errors === _errs27) {
                                            if (Array.isArray(data12)) {
                                              var valid8 = true;
                                              const len4 = data12.length;
                                              for (let i4 = 0; i4 < len4; i4++) {
                                                let data13 = data12[i4];
                                                const _errs29 = errors;
                                                if (errors === _errs29) {
                                                  if (
                                                    data13 &&
                                                    typeof data13 == 'object' &&
                                                    !Array.isArray(data13)
                                                  ) {
                                                    for (const key0 in data13) {
                                                      let data14 = data13[key0];
                                                      const _errs32 = errors;
                                                      if (!(typeof data14 == 'number' && isFinite(data14))) {
                                                        const err6 = {
                                                          instancePath:
                                                            instancePath +
                                                            '/choices/' +
                                                            i0 +
                                                            '/logprobs/top_logprobs/' +
                                                            i4 +
                                                            '/' +
                                                            key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                          schemaPath:
                                                            '#/properties/choices/items/properties/logprobs/anyOf/0/properties/top_logprobs/items/additionalProperties/type',
                                                          keyword: 'type',
                                                          params: { type: 'number' },
                                                          message: 'must be number',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err6];
                                                        } else {
                                                          vErrors.push(err6);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid9 = _errs32 === errors;
                                                      if (!valid9) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    const err7 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/choices/' +
                                                        i0 +
                                                        '/logprobs/top_logprobs/' +
                                                        i4,
                                                      schemaPath:
                                                        '#/properties/choices/items/properties/logprobs/anyOf/0/properties/top_logprobs/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err7];
                                                    } else {
                                                      vErrors.push(err7);
                                                    }
                                                    errors++;
                                                  }
                                                }
                                                var valid8 = _errs29 === errors;
                                                if (!valid8) {
                                                  break;
                                                }
                                              }
                                            } else {
                                              const err8 = {
                                                instancePath:
                                                  instancePath + '/choices/' + i0 + '/logprobs/top_logprobs',
                                                schemaPath:
                                                  '#/properties/choices/items/properties/logprobs/anyOf/0/properties/top_logprobs/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err8];
                                              } else {
                                                vErrors.push(err8);
                                              }
                                              errors++;
                                            }
                                          }
                                          var valid4 = _errs27 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  const err9 = {
                                    instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                    schemaPath: '#/properties/choices/items/properties/logprobs/anyOf/0/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err9];
                                  } else {
                                    vErrors.push(err9);
                                  }
                                  errors++;
                                }
                              }
                              var _valid0 = _errs13 === errors;
                              valid3 = valid3 || _valid0;
                              if (_valid0) {
                                var props0 = {};
                                props0.text_offset = true;
                                props0.token_logprobs = true;
                                props0.tokens = true;
                                props0.top_logprobs = true;
                              }
                              const _errs34 = errors;
                              if (data5 !== null) {
                                const err10 = {
                                  instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                  schemaPath: '#/properties/choices/items/properties/logprobs/anyOf/1/type',
                                  keyword: 'type',
                                  params: { type: 'null' },
                                  message: 'must be null',
                                };
                                if (vErrors === null) {
                                  vErrors = [err10];
                                } else {
                                  vErrors.push(err10);
                                }
                                errors++;
                              }
                              var _valid0 = _errs34 === errors;
                              valid3 = valid3 || _valid0;
                              if (!valid3) {
                                const err11 = {
                                  instancePath: instancePath + '/choices/' + i0 + '/logprobs',
                                  schemaPath: '#/properties/choices/items/properties/logprobs/anyOf',
                                  keyword: 'anyOf',
                                  params: {},
                                  message: 'must match a schema in anyOf',
                                };
                                if (vErrors === null) {
                                  vErrors = [err11];
                                } else {
                                  vErrors.push(err11);
                                }
                                errors++;
                                validate40.errors = vErrors;
                                return false;
                              } else {
                                errors = _errs12;
                                if (vErrors !== null) {
                                  if (_errs12) {
                                    vErrors.length = _errs12;
                                  } else {
                                    vErrors = null;
                                  }
                                }
                              }
                              var valid2 = _errs11 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data2.text !== undefined) {
                                const _errs36 = errors;
                                if (typeof data2.text !== 'string') {
                                  validate40.errors = [
                                    {
                                      instancePath: instancePath + '/choices/' + i0 + '/text',
                                      schemaPath: '#/properties/choices/items/properties/text/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                var valid2 = _errs36 === errors;
                              } else {
                                var valid2 = true;
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate40.errors = [
                        {
                          instancePath: instancePath + '/choices/' + i0,
                          schemaPath: '#/properties/choices/items/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid1 = _errs5 === errors;
                  if (!valid1) {
                    break;
                  }
                }
              } else {
                validate40.errors = [
                  {
                    instancePath: instancePath + '/choices',
                    schemaPath: '#/properties/choices/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.created !== undefined) {
              let data16 = data.created;
              const _errs38 = errors;
              if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
                validate40.errors = [
                  {
                    instancePath: instancePath + '/created',
                    schemaPath: '#/properties/created/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs38 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.model !== undefined) {
                const _errs40 = errors;
                if (typeof data.model !== 'string') {
                  validate40.errors = [
                    {
                      instancePath: instancePath + '/model',
                      schemaPath: '#/properties/model/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs40 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.system_fingerprint !== undefined) {
                  const _errs42 = errors;
                  if (typeof data.system_fingerprint !== 'string') {
                    validate40.errors = [
                      {
                        instancePath: instancePath + '/system_fingerprint',
                        schemaPath: '#/properties/system_fingerprint/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs42 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.object !== undefined) {
                    let data19 = data.object;
                    const _errs44 = errors;
                    if (typeof data19 !== 'string') {
                      validate40.errors = [
                        {
                          instancePath: instancePath + '/object',
                          schemaPath: '#/properties/object/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data19 === 'text_completion')) {
                      validate40.errors = [
                        {
                          instancePath: instancePath + '/object',
                          schemaPath: '#/properties/object/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema43.properties.object.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid0 = _errs44 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.usage !== undefined) {
                      let data20 = data.usage;
                      const _errs46 = errors;
                      const _errs47 = errors;
                      if (errors === _errs47) {
                        if (data20 && typeof data20 == 'object' && !Array.isArray(data20)) {
                          let missing2;
                          if (
                            (data20.prompt_tokens === undefined && (missing2 = 'prompt_tokens')) ||
                            (data20.completion_tokens === undefined && (missing2 = 'completion_tokens')) ||
                            (data20.total_tokens === undefined && (missing2 = 'total_tokens'))
                          ) {
                            validate40.errors = [
                              {
                                instancePath: instancePath + '/usage',
                                schemaPath: '#/components/schemas/CompletionUsage/required',
                                keyword: 'required',
                                params: { missingProperty: missing2 },
                                message: "must have required property '" + missing2 + "'",
                              },
                            ];
                            return false;
                          } else {
                            if (data20.completion_tokens !== undefined) {
                              let data21 = data20.completion_tokens;
                              const _errs49 = errors;
                              if (!(
                                typeof data21 == 'number' &&
                                !(data21 % 1) &&
                                !isNaN(data21) &&
                                isFinite(data21)
                              )) {
                                validate40.errors = [
                                  {
                                    instancePath: instancePath + '/usage/completion_tokens',
                                    schemaPath:
                                      '#/components/schemas/CompletionUsage/properties/completion_tokens/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                  },
                                ];
                                return false;
                              }
                              var valid11 = _errs49 === errors;
                            } else {
                              var valid11 = true;
                            }
                            if (valid11) {
                              if (data20.prompt_tokens !== undefined) {
                                let data22 = data20.prompt_tokens;
                                const _errs51 = errors;
                                if (!(
                                  typeof data22 == 'number' &&
                                  !(data22 % 1) &&
                                  !isNaN(data22) &&
                                  isFinite(data22)
                                )) {
                                  validate40.errors = [
                                    {
                                      instancePath: instancePath + '/usage/prompt_tokens',
                                      schemaPath:
                                        '#/components/schemas/CompletionUsage/properties/prompt_tokens/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid11 = _errs51 === errors;
                              } else {
                                var valid11 = true;
                              }
                              if (valid11) {
                                if (data20.total_tokens !== undefined) {
                                  let data23 = data20.total_tokens;
                                  const _errs53 = errors;
                                  if (!(
                                    typeof data23 == 'number' &&
                                    !(data23 % 1) &&
                                    !isNaN(data23) &&
                                    isFinite(data23)
                                  )) {
                                    validate40.errors = [
                                      {
                                        instancePath: instancePath + '/usage/total_tokens',
                                        schemaPath:
                                          '#/components/schemas/CompletionUsage/properties/total_tokens/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid11 = _errs53 === errors;
                                } else {
                                  var valid11 = true;
                                }
                                if (valid11) {
                                  if (data20.completion_tokens_details !== undefined) {
                                    let data24 = data20.completion_tokens_details;
                                    const _errs55 = errors;
                                    if (errors === _errs55) {
                                      if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                                        if (data24.accepted_prediction_tokens !== undefined) {
                                          let data25 = data24.accepted_prediction_tokens;
                                          const _errs57 = errors;
                                          if (!(
                                            typeof data25 == 'number' &&
                                            !(data25 % 1) &&
                                            !isNaN(data25) &&
                                            isFinite(data25)
                                          )) {
                                            validate40.errors = [
                                              {
                                                instancePath:
                                                  instancePath +
                                                  '/usage/completion_tokens_details/accepted_prediction_tokens',
                                                schemaPath:
                                                  '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/accepted_prediction_tokens/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid12 = _errs57 === errors;
                                        } else {
                                          var valid12 = true;
                                        }
                                        if (valid12) {
                                          if (data24.audio_tokens !== undefined) {
                                            let data26 = data24.audio_tokens;
                                            const _errs59 = errors;
                                            if (!(
                                              typeof data26 == 'number' &&
                                              !(data26 % 1) &&
                                              !isNaN(data26) &&
                                              isFinite(data26)
                                            )) {
                                              validate40.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/usage/completion_tokens_details/audio_tokens',
                                                  schemaPath:
                                                    '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/audio_tokens/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid12 = _errs59 === errors;
                                          } else {
                                            var valid12 = true;
                                          }
                                          if (valid12) {
                                            if (data24.reasoning_tokens !== undefined) {
                                              let data27 = data24.reasoning_tokens;
                                              const _errs61 = errors;
                                              if (!(
                                                typeof data27 == 'number' &&
                                                !(data27 % 1) &&
                                                !isNaN(data27) &&
                                                isFinite(data27)
                                              )) {
                                                validate40.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/usage/completion_tokens_details/reasoning_tokens',
                                                    schemaPath:
                                                      '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/reasoning_tokens/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid12 = _errs61 === errors;
                                            } else {
                                              var valid12 = true;
                                            }
                                            if (valid12) {
                                              if (data24.text_tokens !== undefined) {
                                                let data28 = data24.text_tokens;
                                                const _errs63 = errors;
                                                if (!(
                                                  typeof data28 == 'number' &&
                                                  !(data28 % 1) &&
                                                  !isNaN(data28) &&
                                                  isFinite(data28)
                                                )) {
                                                  validate40.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/usage/completion_tokens_details/text_tokens',
                                                      schemaPath:
                                                        '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/text_tokens/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid12 = _errs63 === errors;
                                              } else {
                                                var valid12 = true;
                                              }
                                              if (valid12) {
                                                if (data24.rejected_prediction_tokens !== undefined) {
                                                  let data29 = data24.rejected_prediction_tokens;
                                                  const _errs65 = errors;
                                                  if (!(
                                                    typeof data29 == 'number' &&
                                                    !(data29 % 1) &&
                                                    !isNaN(data29) &&
                                                    isFinite(data29)
                                                  )) {
                                                    validate40.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/usage/completion_tokens_details/rejected_prediction_tokens',
                                                        schemaPath:
                                                          '#/components/schemas/CompletionUsage/properties/completion_tokens_details/properties/rejected_prediction_tokens/type',
                                                        keyword: 'type',
                                                        params: { type: 'integer' },
                                                        message: 'must be integer',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid12 = _errs65 === errors;
                                                } else {
                                                  var valid12 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      } else {
                                        validate40.errors = [
                                          {
                                            instancePath: instancePath + '/usage/completion_tokens_details',
                                            schemaPath:
                                              '#/components/schemas/CompletionUsage/properties/completion_tokens_details/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid11 = _errs55 === errors;
                                  } else {
                                    var valid11 = true;
                                  }
                                  if (valid11) {
                                    if (data20.prompt_tokens_details !== undefined) {
                                      let data30 = data20.prompt_tokens_details;
                                      const _errs67 = errors;
                                      if (errors === _errs67) {
                                        if (data30 && typeof data30 == 'object' && !Array.isArray(data30)) {
                                          if (data30.audio_tokens !== undefined) {
                                            let data31 = data30.audio_tokens;
                                            const _errs69 = errors;
                                            if (!(
                                              typeof data31 == 'number' &&
                                              !(data31 % 1) &&
                                              !isNaN(data31) &&
                                              isFinite(data31)
                                            )) {
                                              validate40.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/usage/prompt_tokens_details/audio_tokens',
                                                  schemaPath:
                                                    '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/audio_tokens/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid13 = _errs69 === errors;
                                          } else {
                                            var valid13 = true;
                                          }
                                          if (valid13) {
                                            if (data30.cached_tokens !== undefined) {
                                              let data32 = data30.cached_tokens;
                                              const _errs71 = errors;
                                              if (!(
                                                typeof data32 == 'number' &&
                                                !(data32 % 1) &&
                                                !isNaN(data32) &&
                                                isFinite(data32)
                                              )) {
                                                validate40.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/usage/prompt_tokens_details/cached_tokens',
                                                    schemaPath:
                                                      '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/cached_tokens/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid13 = _errs71 === errors;
                                            } else {
                                              var valid13 = true;
                                            }
                                            if (valid13) {
                                              if (data30.text_tokens !== undefined) {
                                                let data33 = data30.text_tokens;
                                                const _errs73 = errors;
                                                if (!(
                                                  typeof data33 == 'number' &&
                                                  !(data33 % 1) &&
                                                  !isNaN(data33) &&
                                                  isFinite(data33)
                                                )) {
                                                  validate40.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/usage/prompt_tokens_details/text_tokens',
                                                      schemaPath:
                                                        '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/text_tokens/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid13 = _errs73 === errors;
                                              } else {
                                                var valid13 = true;
                                              }
                                              if (valid13) {
                                                if (data30.image_tokens !== undefined) {
                                                  let data34 = data30.image_tokens;
                                                  const _errs75 = errors;
                                                  if (!(
                                                    typeof data34 == 'number' &&
                                                    !(data34 % 1) &&
                                                    !isNaN(data34) &&
                                                    isFinite(data34)
                                                  )) {
                                                    validate40.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/usage/prompt_tokens_details/image_tokens',
                                                        schemaPath:
                                                          '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/image_tokens/type',
                                                        keyword: 'type',
                                                        params: { type: 'integer' },
                                                        message: 'must be integer',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid13 = _errs75 === errors;
                                                } else {
                                                  var valid13 = true;
                                                }
                                                if (valid13) {
                                                  if (data30.cache_write_tokens !== undefined) {
                                                    let data35 = data30.cache_write_tokens;
                                                    const _errs77 = errors;
                                                    if (!(
                                                      typeof data35 == 'number' &&
                                                      !(data35 % 1) &&
                                                      !isNaN(data35) &&
                                                      isFinite(data35)
                                                    )) {
                                                      validate40.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/usage/prompt_tokens_details/cache_write_tokens',
                                                          schemaPath:
                                                            '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/properties/cache_write_tokens/type',
                                                          keyword: 'type',
                                                          params: { type: 'integer' },
                                                          message: 'must be integer',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid13 = _errs77 === errors;
                                                  } else {
                                                    var valid13 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        } else {
                                          validate40.errors = [
                                            {
                                              instancePath: instancePath + '/usage/prompt_tokens_details',
                                              schemaPath:
                                                '#/components/schemas/CompletionUsage/properties/prompt_tokens_details/type',
                                              keyword: 'type',
                                              params: { type: 'object' },
                                              message: 'must be object',
                                            },
                                          ];
                                          return false;
                                        }
                                      }
                                      var valid11 = _errs67 === errors;
                                    } else {
                                      var valid11 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        } else {
                          validate40.errors = [
                            {
                              instancePath: instancePath + '/usage',
                              schemaPath: '#/components/schemas/CompletionUsage/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid0 = _errs46 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate40.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = {
  props: {
    id: true,
    choices: true,
    created: true,
    model: true,
    system_fingerprint: true,
    object: true,
    usage: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

function validate39(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply200" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate40(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate39.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply400 = validate42;
const schema45 = {
  $id: 'createCompletionReply400',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate43(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate43.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate43.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate43.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate43.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate43.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate43.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate43.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate43.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate42(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply400" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate43(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate42.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply401 = validate45;
const schema48 = {
  $id: 'createCompletionReply401',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate46(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate46.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate46.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate46.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate46.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate46.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate46.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate46.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate46.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply401" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate46(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate45.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply404 = validate48;
const schema51 = {
  $id: 'createCompletionReply404',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate49(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate49.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate49.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate49.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate49.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate49.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate49.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate49.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate49.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply404" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate49(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate48.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply413 = validate51;
const schema54 = {
  $id: 'createCompletionReply413',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate52(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate52.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate52.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate52.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate52.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate52.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate52.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate52.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate52.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate51(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply413" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate51.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate52(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate51.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate51.errors = vErrors;
  return errors === 0;
}
validate51.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply429 = validate54;
const schema57 = {
  $id: 'createCompletionReply429',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate55(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate55.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate55.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate55.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate55.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate55.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate55.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate55.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate55.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply429" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate55(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate54.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply500 = validate57;
const schema60 = {
  $id: 'createCompletionReply500',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate58(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate58.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate58.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate58.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate58.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate58.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate58.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate58.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate58.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply500" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate58(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate57.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply502 = validate60;
const schema63 = {
  $id: 'createCompletionReply502',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate61(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate61.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate61.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate61.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate61.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate61.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate61.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate61.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate61.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply502" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate61(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate60.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createCompletionReply504 = validate63;
const schema66 = {
  $id: 'createCompletionReply504',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate64(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate64.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate64.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate64.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate64.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate64.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate64.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate64.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate64.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate63(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionReply504" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate63.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate64(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate63.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate63.errors = vErrors;
  return errors === 0;
}
validate63.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply200 = validate66;
const schema69 = {
  $id: 'createEmbeddingReply200',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/CreateEmbeddingResponse' } },
};
const schema70 = {
  type: 'object',
  properties: {
    data: { type: 'array', items: { $ref: '#/components/schemas/Embedding' } },
    model: { type: 'string' },
    object: { type: 'string', enum: ['list'] },
    usage: {
      type: 'object',
      properties: { prompt_tokens: { type: 'integer' }, total_tokens: { type: 'integer' } },
      required: ['prompt_tokens', 'total_tokens'],
    },
  },
  required: ['object', 'model', 'data', 'usage'],
};
const schema71 = {
  type: 'object',
  properties: {
    index: { type: 'integer' },
    embedding: {
      oneOf: [
        { type: 'array', items: { type: 'number', format: 'float' } },
        { type: 'string', contentEncoding: 'base64' },
      ],
    },
    object: { type: 'string', enum: ['embedding'] },
  },
  required: ['index', 'object', 'embedding'],
};
const formats2 = eovFormats.float;

function validate67(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.object === undefined && (missing0 = 'object')) ||
        (data.model === undefined && (missing0 = 'model')) ||
        (data.data === undefined && (missing0 = 'data')) ||
        (data.usage === undefined && (missing0 = 'usage'))
      ) {
        validate67.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.data !== undefined) {
          let data0 = data.data;
          const _errs1 = errors;
          if (errors === _errs1) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs3 = errors;
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                    let missing1;
                    if (
                      (data1.index === undefined && (missing1 = 'index')) ||
                      (data1.object === undefined && (missing1 = 'object')) ||
                      (data1.embedding === undefined && (missing1 = 'embedding'))
                    ) {
                      validate67.errors = [
                        {
                          instancePath: instancePath + '/data/' + i0,
                          schemaPath: '#/components/schemas/Embedding/required',
                          keyword: 'required',
                          params: { missingProperty: missing1 },
                          message: "must have required property '" + missing1 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data1.index !== undefined) {
                        let data2 = data1.index;
                        const _errs6 = errors;
                        if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                          validate67.errors = [
                            {
                              instancePath: instancePath + '/data/' + i0 + '/index',
                              schemaPath: '#/components/schemas/Embedding/properties/index/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid3 = _errs6 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data1.embedding !== undefined) {
                          let data3 = data1.embedding;
                          const _errs8 = errors;
                          const _errs9 = errors;
                          let valid4 = false;
                          let passing0 = null;
                          const _errs10 = errors;
                          if (errors === _errs10) {
                            if (Array.isArray(data3)) {
                              var valid5 = true;
                              const len1 = data3.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data4 = data3[i1];
                                const _errs12 = errors;
                                if (errors === _errs12) {
                                  if (typeof data4 == 'number' && isFinite(data4)) {
                                    if (!formats2.validate(data4)) {
                                      const err0 = {
                                        instancePath: instancePath + '/data/' + i0 + '/embedding/' + i1,
                                        schemaPath:
                                          '#/components/schemas/Embedding/properties/embedding/oneOf/0/items/format',
                                        keyword: 'format',
                                        params: { format: 'float' },
                                        message: 'must match format "' + 'float' + '"',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err0];
                                      } else {
                                        vErrors.push(err0);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err1 = {
                                      instancePath: instancePath + '/data/' + i0 + '/embedding/' + i1,
                                      schemaPath:
                                        '#/components/schemas/Embedding/properties/embedding/oneOf/0/items/type',
                                      keyword: 'type',
                                      params: { type: 'number' },
                                      message: 'must be number',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err1];
                                    } else {
                                      vErrors.push(err1);
                                    }
                                    errors++;
                                  }
                                }
                                var valid5 = _errs12 === errors;
                                if (!valid5) {
                                  break;
                                }
                              }
                            } else {
                              const err2 = {
                                instancePath: instancePath + '/data/' + i0 + '/embedding',
                                schemaPath:
                                  '#/components/schemas/Embedding/properties/embedding/oneOf/0/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array',
                              };
                              if (vErrors === null) {
                                vErrors = [err2];
                              } else {
                                vErrors.push(err2);
                              }
                              errors++;
                            }
                          }
                          var _valid0 = _errs10 === errors;
                          if (_valid0) {
                            valid4 = true;
                            passing0 = 0;
                          }
                          const _errs14 = errors;
                          if (typeof data3 !== 'string') {
                            const err3 = {
                              instancePath: instancePath + '/data/' + i0 + '/embedding',
                              schemaPath: '#/components/schemas/Embedding/properties/embedding/oneOf/1/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err3];
                            } else {
                              vErrors.push(err3);
                            }
                            errors++;
                          }
                          var _valid0 = _errs14 === errors;
                          if (_valid0 && valid4) {
                            valid4 = false;
                            passing0 = [passing0, 1];
                          } else {
                            if (_valid0) {
                              valid4 = true;
                              passing0 = 1;
                            }
                          }
                          if (!valid4) {
                            const err4 = {
                              instancePath: instancePath + '/data/' + i0 + '/embedding',
                              schemaPath: '#/components/schemas/Embedding/properties/embedding/oneOf',
                              keyword: 'oneOf',
                              params: { passingSchemas: passing0 },
                              message: 'must match exactly one schema in oneOf',
                            };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                            validate67.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs9;
                            if (vErrors !== null) {
                              if (_errs9) {
                                vErrors.length = _errs9;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid3 = _errs8 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data1.object !== undefined) {
                            let data5 = data1.object;
                            const _errs16 = errors;
                            if (typeof data5 !== 'string') {
                              validate67.errors = [
                                {
                                  instancePath: instancePath + '/data/' + i0 + '/object',
                                  schemaPath: '#/components/schemas/Embedding/properties/object/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            if (!(data5 === 'embedding')) {
                              validate67.errors = [
                                {
                                  instancePath: instancePath + '/data/' + i0 + '/object',
                                  schemaPath: '#/components/schemas/Embedding/properties/object/enum',
                                  keyword: 'enum',
                                  params: { allowedValues: schema71.properties.object.enum },
                                  message: 'must be equal to one of the allowed values',
                                },
                              ];
                              return false;
                            }
                            var valid3 = _errs16 === errors;
                          } else {
                            var valid3 = true;
                          }
                        }
                      }
                    }
                  } else {
                    validate67.errors = [
                      {
                        instancePath: instancePath + '/data/' + i0,
                        schemaPath: '#/components/schemas/Embedding/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid1 = _errs3 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate67.errors = [
                {
                  instancePath: instancePath + '/data',
                  schemaPath: '#/properties/data/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                },
              ];
              return false;
            }
          }
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.model !== undefined) {
            const _errs18 = errors;
            if (typeof data.model !== 'string') {
              validate67.errors = [
                {
                  instancePath: instancePath + '/model',
                  schemaPath: '#/properties/model/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs18 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.object !== undefined) {
              let data7 = data.object;
              const _errs20 = errors;
              if (typeof data7 !== 'string') {
                validate67.errors = [
                  {
                    instancePath: instancePath + '/object',
                    schemaPath: '#/properties/object/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              if (!(data7 === 'list')) {
                validate67.errors = [
                  {
                    instancePath: instancePath + '/object',
                    schemaPath: '#/properties/object/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema70.properties.object.enum },
                    message: 'must be equal to one of the allowed values',
                  },
                ];
                return false;
              }
              var valid0 = _errs20 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.usage !== undefined) {
                let data8 = data.usage;
                const _errs22 = errors;
                if (errors === _errs22) {
                  if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                    let missing2;
                    if (
                      (data8.prompt_tokens === undefined && (missing2 = 'prompt_tokens')) ||
                      (data8.total_tokens === undefined && (missing2 = 'total_tokens'))
                    ) {
                      validate67.errors = [
                        {
                          instancePath: instancePath + '/usage',
                          schemaPath: '#/properties/usage/required',
                          keyword: 'required',
                          params: { missingProperty: missing2 },
                          message: "must have required property '" + missing2 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data8.prompt_tokens !== undefined) {
                        let data9 = data8.prompt_tokens;
                        const _errs24 = errors;
                        if (!(typeof data9 == 'number' && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                          validate67.errors = [
                            {
                              instancePath: instancePath + '/usage/prompt_tokens',
                              schemaPath: '#/properties/usage/properties/prompt_tokens/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid6 = _errs24 === errors;
                      } else {
                        var valid6 = true;
                      }
                      if (valid6) {
                        if (data8.total_tokens !== undefined) {
                          let data10 = data8.total_tokens;
                          const _errs26 = errors;
                          if (!(
                            typeof data10 == 'number' &&
                            !(data10 % 1) &&
                            !isNaN(data10) &&
                            isFinite(data10)
                          )) {
                            validate67.errors = [
                              {
                                instancePath: instancePath + '/usage/total_tokens',
                                schemaPath: '#/properties/usage/properties/total_tokens/type',
                                keyword: 'type',
                                params: { type: 'integer' },
                                message: 'must be integer',
                              },
                            ];
                            return false;
                          }
                          var valid6 = _errs26 === errors;
                        } else {
                          var valid6 = true;
                        }
                      }
                    }
                  } else {
                    validate67.errors = [
                      {
                        instancePath: instancePath + '/usage',
                        schemaPath: '#/properties/usage/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs22 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate67.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = {
  props: { data: true, model: true, object: true, usage: true },
  dynamicProps: false,
  dynamicItems: false,
};

function validate66(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply200" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate66.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate67(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate66.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate66.errors = vErrors;
  return errors === 0;
}
validate66.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply400 = validate69;
const schema72 = {
  $id: 'createEmbeddingReply400',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate70(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate70.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate70.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate70.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate70.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate70.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate70.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate70.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate70.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate69(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply400" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate70(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate69.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply401 = validate72;
const schema75 = {
  $id: 'createEmbeddingReply401',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate73(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate73.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate73.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate73.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate73.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate73.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate73.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate73.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate73.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate73.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate73.errors = vErrors;
  return errors === 0;
}
validate73.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate72(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply401" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate73(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate72.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply404 = validate75;
const schema78 = {
  $id: 'createEmbeddingReply404',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate76(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate76.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate76.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate76.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate76.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate76.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate76.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate76.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate76.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate75(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply404" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate76(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate75.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply413 = validate78;
const schema81 = {
  $id: 'createEmbeddingReply413',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate79(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate79.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate79.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate79.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate79.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate79.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate79.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate79.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate79.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate78(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply413" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate79(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate78.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply429 = validate81;
const schema84 = {
  $id: 'createEmbeddingReply429',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate82(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate82.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate82.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate82.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate82.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate82.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate82.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate82.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate82.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate81(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply429" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate82(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate81.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply500 = validate84;
const schema87 = {
  $id: 'createEmbeddingReply500',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate85(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate85.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate85.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate85.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate85.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate85.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate85.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate85.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate85.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate84(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply500" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate85(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate84.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply502 = validate87;
const schema90 = {
  $id: 'createEmbeddingReply502',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate88(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate88.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate88.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate88.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate88.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate88.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate88.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate88.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate88.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate87(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply502" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate88(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate87.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };

export const createEmbeddingReply504 = validate90;
const schema93 = {
  $id: 'createEmbeddingReply504',
  type: 'object',
  properties: { response: { $ref: 'contract.json#/components/schemas/ErrorResponse' } },
};

function validate91(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.error === undefined && (missing0 = 'error')) {
        validate91.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.error !== undefined) {
          let data0 = data.error;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1;
              if (
                (data0.type === undefined && (missing1 = 'type')) ||
                (data0.message === undefined && (missing1 = 'message')) ||
                (data0.param === undefined && (missing1 = 'param')) ||
                (data0.code === undefined && (missing1 = 'code'))
              ) {
                validate91.errors = [
                  {
                    instancePath: instancePath + '/error',
                    schemaPath: '#/components/schemas/Error/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'",
                  },
                ];
                return false;
              } else {
                if (data0.code !== undefined) {
                  let data1 = data0.code;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err0];
                    } else {
                      vErrors.push(err0);
                    }
                    errors++;
                  }
                  var _valid0 = _errs6 === errors;
                  valid3 = valid3 || _valid0;
                  const _errs8 = errors;
                  if (data1 !== null) {
                    const err1 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err1];
                    } else {
                      vErrors.push(err1);
                    }
                    errors++;
                  }
                  var _valid0 = _errs8 === errors;
                  valid3 = valid3 || _valid0;
                  if (!valid3) {
                    const err2 = {
                      instancePath: instancePath + '/error/code',
                      schemaPath: '#/components/schemas/Error/properties/code/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                    validate91.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs5;
                    if (vErrors !== null) {
                      if (_errs5) {
                        vErrors.length = _errs5;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid2 = _errs4 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data0.message !== undefined) {
                    const _errs10 = errors;
                    if (typeof data0.message !== 'string') {
                      validate91.errors = [
                        {
                          instancePath: instancePath + '/error/message',
                          schemaPath: '#/components/schemas/Error/properties/message/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs10 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.param !== undefined) {
                      let data3 = data0.param;
                      const _errs12 = errors;
                      const _errs13 = errors;
                      let valid4 = false;
                      const _errs14 = errors;
                      if (typeof data3 !== 'string') {
                        const err3 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err3];
                        } else {
                          vErrors.push(err3);
                        }
                        errors++;
                      }
                      var _valid1 = _errs14 === errors;
                      valid4 = valid4 || _valid1;
                      const _errs16 = errors;
                      if (data3 !== null) {
                        const err4 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err4];
                        } else {
                          vErrors.push(err4);
                        }
                        errors++;
                      }
                      var _valid1 = _errs16 === errors;
                      valid4 = valid4 || _valid1;
                      if (!valid4) {
                        const err5 = {
                          instancePath: instancePath + '/error/param',
                          schemaPath: '#/components/schemas/Error/properties/param/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                        validate91.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs13;
                        if (vErrors !== null) {
                          if (_errs13) {
                            vErrors.length = _errs13;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid2 = _errs12 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.type !== undefined) {
                        const _errs18 = errors;
                        if (typeof data0.type !== 'string') {
                          validate91.errors = [
                            {
                              instancePath: instancePath + '/error/type',
                              schemaPath: '#/components/schemas/Error/properties/type/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs18 === errors;
                      } else {
                        var valid2 = true;
                      }
                    }
                  }
                }
              }
            } else {
              validate91.errors = [
                {
                  instancePath: instancePath + '/error',
                  schemaPath: '#/components/schemas/Error/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object',
                },
              ];
              return false;
            }
          }
        }
      }
    } else {
      validate91.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { props: { error: true }, dynamicProps: false, dynamicItems: false };

function validate90(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingReply504" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate90.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.response !== undefined) {
        if (
          !validate91(data.response, {
            instancePath: instancePath + '/response',
            parentData: data,
            parentDataProperty: 'response',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
          errors = vErrors.length;
        }
      }
    } else {
      validate90.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate90.errors = vErrors;
  return errors === 0;
}
validate90.evaluated = { props: { response: true }, dynamicProps: false, dynamicItems: false };
