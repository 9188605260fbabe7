/* generated — do not edit. Source: openapi.yaml; generator: codegen/validators.ts (Ajv standalone) */
// @ts-nocheck
/* eslint-disable */
import { formats as eovFormats } from 'express-openapi-validator/dist/framework/ajv/formats.js';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
('use strict');
export const createChatCompletionRequest = validate0;
const schema0 = {
  $id: 'createChatCompletionRequest',
  properties: {
    query: {},
    headers: {},
    params: {},
    cookies: {},
    body: { $ref: 'contract.json#/components/schemas/CreateChatCompletionRequest' },
  },
  required: ['body'],
};
const schema2 = {
  allOf: [
    { $ref: '#/components/schemas/CreateModelResponseProperties' },
    {
      type: 'object',
      properties: {
        messages: {
          type: 'array',
          minItems: 1,
          items: { $ref: '#/components/schemas/ChatCompletionRequestMessage' },
        },
        model: { $ref: '#/components/schemas/ModelIdsShared' },
        service_tier: { $ref: '#/components/schemas/ServiceTier' },
        modalities: { $ref: '#/components/schemas/ResponseModalities' },
        verbosity: { $ref: '#/components/schemas/Verbosity' },
        reasoning_effort: { $ref: '#/components/schemas/ReasoningEffort' },
        max_completion_tokens: { type: ['integer', 'null'] },
        frequency_penalty: { type: ['number', 'null'], default: 0, minimum: -2, maximum: 2 },
        presence_penalty: { type: ['number', 'null'], default: 0, minimum: -2, maximum: 2 },
        web_search_options: {
          type: 'object',
          properties: {
            user_location: {
              type: ['object', 'null'],
              required: ['type', 'approximate'],
              properties: {
                type: { type: 'string', enum: ['approximate'] },
                approximate: { $ref: '#/components/schemas/WebSearchLocation' },
              },
            },
            search_context_size: { $ref: '#/components/schemas/WebSearchContextSize' },
          },
        },
        top_logprobs: { type: ['integer', 'null'], minimum: 0, maximum: 20 },
        response_format: {
          oneOf: [
            { $ref: '#/components/schemas/ResponseFormatText' },
            { $ref: '#/components/schemas/ResponseFormatJsonSchema' },
            { $ref: '#/components/schemas/ResponseFormatJsonObject' },
          ],
        },
        audio: {
          type: ['object', 'null'],
          required: ['voice', 'format'],
          properties: {
            voice: { $ref: '#/components/schemas/VoiceIdsOrCustomVoice' },
            format: { type: 'string', enum: ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'] },
          },
        },
        store: { type: ['boolean', 'null'], default: false },
        moderation: { anyOf: [{ $ref: '#/components/schemas/ModerationParam' }, { type: 'null' }] },
        stream: { type: ['boolean', 'null'], default: false },
        stop: { $ref: '#/components/schemas/StopConfiguration' },
        logit_bias: { type: ['object', 'null'], default: null, additionalProperties: { type: 'integer' } },
        logprobs: { type: ['boolean', 'null'], default: false },
        max_tokens: { type: ['integer', 'null'], deprecated: true },
        n: { type: ['integer', 'null'], minimum: 1, maximum: 128, default: 1 },
        prediction: {
          anyOf: [{ oneOf: [{ $ref: '#/components/schemas/PredictionContent' }] }, { type: 'null' }],
        },
        seed: {
          type: ['integer', 'null'],
          minimum: -9223372036854776000,
          maximum: 9223372036854776000,
          deprecated: true,
        },
        stream_options: { $ref: '#/components/schemas/ChatCompletionStreamOptions' },
        tools: {
          type: 'array',
          items: {
            oneOf: [
              { $ref: '#/components/schemas/ChatCompletionTool' },
              { $ref: '#/components/schemas/CustomToolChatCompletions' },
            ],
          },
        },
        tool_choice: { $ref: '#/components/schemas/ChatCompletionToolChoiceOption' },
        parallel_tool_calls: { $ref: '#/components/schemas/ParallelToolCalls' },
        function_call: {
          deprecated: true,
          oneOf: [
            { type: 'string', enum: ['none', 'auto'] },
            { $ref: '#/components/schemas/ChatCompletionFunctionCallOption' },
          ],
        },
        functions: {
          deprecated: true,
          type: 'array',
          minItems: 1,
          maxItems: 128,
          items: { $ref: '#/components/schemas/ChatCompletionFunctions' },
        },
      },
      required: ['model', 'messages'],
    },
  ],
};
const schema32 = { type: 'string' };
const schema33 = {
  anyOf: [
    { type: 'string', enum: ['auto', 'default', 'flex', 'scale', 'priority', 'fast'] },
    { type: 'null' },
  ],
};
const schema34 = {
  anyOf: [{ type: 'array', items: { type: 'string', enum: ['text', 'audio'] } }, { type: 'null' }],
};
const schema35 = { anyOf: [{ type: 'string', enum: ['low', 'medium', 'high'] }, { type: 'null' }] };
const schema36 = {
  anyOf: [
    { type: 'string', enum: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'] },
    { type: 'null' },
  ],
};
const schema37 = {
  type: 'object',
  properties: {
    country: { type: 'string' },
    region: { type: 'string' },
    city: { type: 'string' },
    timezone: { type: 'string' },
  },
};
const schema38 = { type: 'string', enum: ['low', 'medium', 'high'], default: 'medium' };
const schema39 = {
  type: 'object',
  properties: { type: { type: 'string', enum: ['text'] } },
  required: ['type'],
};
const schema42 = {
  type: 'object',
  properties: { type: { type: 'string', enum: ['json_object'] } },
  required: ['type'],
};
const schema49 = {
  anyOf: [
    {
      oneOf: [
        { type: ['string', 'null'] },
        { type: 'array', minItems: 1, maxItems: 4, items: { type: 'string' } },
      ],
    },
    { type: 'null' },
  ],
};
const schema51 = {
  anyOf: [
    {
      type: 'object',
      properties: { include_usage: { type: 'boolean' }, include_obfuscation: { type: 'boolean' } },
    },
    { type: 'null' },
  ],
};
const schema55 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['custom'] },
    custom: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        description: { type: 'string' },
        format: {
          oneOf: [
            {
              type: 'object',
              properties: { type: { type: 'string', enum: ['text'] } },
              required: ['type'],
              additionalProperties: false,
            },
            {
              type: 'object',
              properties: {
                type: { type: 'string', enum: ['grammar'] },
                grammar: {
                  type: 'object',
                  properties: {
                    definition: { type: 'string' },
                    syntax: { type: 'string', enum: ['lark', 'regex'] },
                  },
                  required: ['definition', 'syntax'],
                },
              },
              required: ['type', 'grammar'],
              additionalProperties: false,
            },
          ],
        },
      },
      required: ['name'],
    },
  },
  required: ['type', 'custom'],
};
const schema61 = { type: 'boolean', default: true };
const schema62 = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
const schema3 = {
  allOf: [
    { $ref: '#/components/schemas/ModelResponseProperties' },
    {
      type: 'object',
      properties: {
        prompt_cache_options: { $ref: '#/components/schemas/PromptCacheOptionsParam' },
        top_logprobs: { type: 'integer', minimum: 0, maximum: 20 },
      },
    },
  ],
};
const schema4 = {
  type: 'object',
  properties: {
    metadata: { $ref: '#/components/schemas/Metadata' },
    top_logprobs: { anyOf: [{ type: 'integer', minimum: 0, maximum: 20 }, { type: 'null' }] },
    temperature: { anyOf: [{ type: 'number', minimum: 0, maximum: 2 }, { type: 'null' }] },
    top_p: { anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'null' }] },
    user: { type: 'string', deprecated: true },
    safety_identifier: { anyOf: [{ type: 'string', maxLength: 64 }, { type: 'null' }] },
    prompt_cache_key: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    prompt_cache_retention: {
      deprecated: true,
      anyOf: [{ type: 'string', enum: ['in_memory', '24h'] }, { type: 'null' }],
    },
  },
};
const schema5 = { anyOf: [{ type: 'object', additionalProperties: { type: 'string' } }, { type: 'null' }] };
const func0 = require('ajv/dist/runtime/ucs2length').default;

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
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.metadata !== undefined) {
        let data0 = data.metadata;
        const _errs1 = errors;
        const _errs3 = errors;
        let valid2 = false;
        const _errs4 = errors;
        if (errors === _errs4) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            for (const key0 in data0) {
              const _errs7 = errors;
              if (typeof data0[key0] !== 'string') {
                const err0 = {
                  instancePath: instancePath + '/metadata/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                  schemaPath: '#/components/schemas/Metadata/anyOf/0/additionalProperties/type',
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
              var valid3 = _errs7 === errors;
              if (!valid3) {
                break;
              }
            }
          } else {
            const err1 = {
              instancePath: instancePath + '/metadata',
              schemaPath: '#/components/schemas/Metadata/anyOf/0/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        var _valid0 = _errs4 === errors;
        valid2 = valid2 || _valid0;
        const _errs9 = errors;
        if (data0 !== null) {
          const err2 = {
            instancePath: instancePath + '/metadata',
            schemaPath: '#/components/schemas/Metadata/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        var _valid0 = _errs9 === errors;
        valid2 = valid2 || _valid0;
        if (!valid2) {
          const err3 = {
            instancePath: instancePath + '/metadata',
            schemaPath: '#/components/schemas/Metadata/anyOf',
            keyword: 'anyOf',
            params: {},
            message: 'must match a schema in anyOf',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
          validate4.errors = vErrors;
          return false;
        } else {
          errors = _errs3;
          if (vErrors !== null) {
            if (_errs3) {
              vErrors.length = _errs3;
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
        if (data.top_logprobs !== undefined) {
          let data2 = data.top_logprobs;
          const _errs11 = errors;
          const _errs12 = errors;
          let valid4 = false;
          const _errs13 = errors;
          if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err4 = {
              instancePath: instancePath + '/top_logprobs',
              schemaPath: '#/properties/top_logprobs/anyOf/0/type',
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
          if (errors === _errs13) {
            if (typeof data2 == 'number' && isFinite(data2)) {
              if (data2 > 20 || isNaN(data2)) {
                const err5 = {
                  instancePath: instancePath + '/top_logprobs',
                  schemaPath: '#/properties/top_logprobs/anyOf/0/maximum',
                  keyword: 'maximum',
                  params: { comparison: '<=', limit: 20 },
                  message: 'must be <= 20',
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              } else {
                if (data2 < 0 || isNaN(data2)) {
                  const err6 = {
                    instancePath: instancePath + '/top_logprobs',
                    schemaPath: '#/properties/top_logprobs/anyOf/0/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0',
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              }
            }
          }
          var _valid1 = _errs13 === errors;
          valid4 = valid4 || _valid1;
          const _errs15 = errors;
          if (data2 !== null) {
            const err7 = {
              instancePath: instancePath + '/top_logprobs',
              schemaPath: '#/properties/top_logprobs/anyOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs15 === errors;
          valid4 = valid4 || _valid1;
          if (!valid4) {
            const err8 = {
              instancePath: instancePath + '/top_logprobs',
              schemaPath: '#/properties/top_logprobs/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
            validate4.errors = vErrors;
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
          var valid0 = _errs11 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.temperature !== undefined) {
            let data3 = data.temperature;
            const _errs17 = errors;
            const _errs18 = errors;
            let valid5 = false;
            const _errs19 = errors;
            if (errors === _errs19) {
              if (typeof data3 == 'number' && isFinite(data3)) {
                if (data3 > 2 || isNaN(data3)) {
                  const err9 = {
                    instancePath: instancePath + '/temperature',
                    schemaPath: '#/properties/temperature/anyOf/0/maximum',
                    keyword: 'maximum',
                    params: { comparison: '<=', limit: 2 },
                    message: 'must be <= 2',
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                } else {
                  if (data3 < 0 || isNaN(data3)) {
                    const err10 = {
                      instancePath: instancePath + '/temperature',
                      schemaPath: '#/properties/temperature/anyOf/0/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0',
                    };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  }
                }
              } else {
                const err11 = {
                  instancePath: instancePath + '/temperature',
                  schemaPath: '#/properties/temperature/anyOf/0/type',
                  keyword: 'type',
                  params: { type: 'number' },
                  message: 'must be number',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            var _valid2 = _errs19 === errors;
            valid5 = valid5 || _valid2;
            const _errs21 = errors;
            if (data3 !== null) {
              const err12 = {
                instancePath: instancePath + '/temperature',
                schemaPath: '#/properties/temperature/anyOf/1/type',
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
            var _valid2 = _errs21 === errors;
            valid5 = valid5 || _valid2;
            if (!valid5) {
              const err13 = {
                instancePath: instancePath + '/temperature',
                schemaPath: '#/properties/temperature/anyOf',
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
              validate4.errors = vErrors;
              return false;
            } else {
              errors = _errs18;
              if (vErrors !== null) {
                if (_errs18) {
                  vErrors.length = _errs18;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs17 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.top_p !== undefined) {
              let data4 = data.top_p;
              const _errs23 = errors;
              const _errs24 = errors;
              let valid6 = false;
              const _errs25 = errors;
              if (errors === _errs25) {
                if (typeof data4 == 'number' && isFinite(data4)) {
                  if (data4 > 1 || isNaN(data4)) {
                    const err14 = {
                      instancePath: instancePath + '/top_p',
                      schemaPath: '#/properties/top_p/anyOf/0/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 1 },
                      message: 'must be <= 1',
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  } else {
                    if (data4 < 0 || isNaN(data4)) {
                      const err15 = {
                        instancePath: instancePath + '/top_p',
                        schemaPath: '#/properties/top_p/anyOf/0/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err16 = {
                    instancePath: instancePath + '/top_p',
                    schemaPath: '#/properties/top_p/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'number' },
                    message: 'must be number',
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              var _valid3 = _errs25 === errors;
              valid6 = valid6 || _valid3;
              const _errs27 = errors;
              if (data4 !== null) {
                const err17 = {
                  instancePath: instancePath + '/top_p',
                  schemaPath: '#/properties/top_p/anyOf/1/type',
                  keyword: 'type',
                  params: { type: 'null' },
                  message: 'must be null',
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              var _valid3 = _errs27 === errors;
              valid6 = valid6 || _valid3;
              if (!valid6) {
                const err18 = {
                  instancePath: instancePath + '/top_p',
                  schemaPath: '#/properties/top_p/anyOf',
                  keyword: 'anyOf',
                  params: {},
                  message: 'must match a schema in anyOf',
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
                errors = _errs24;
                if (vErrors !== null) {
                  if (_errs24) {
                    vErrors.length = _errs24;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid0 = _errs23 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.user !== undefined) {
                const _errs29 = errors;
                if (typeof data.user !== 'string') {
                  validate4.errors = [
                    {
                      instancePath: instancePath + '/user',
                      schemaPath: '#/properties/user/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs29 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.safety_identifier !== undefined) {
                  let data6 = data.safety_identifier;
                  const _errs31 = errors;
                  const _errs32 = errors;
                  let valid7 = false;
                  const _errs33 = errors;
                  if (errors === _errs33) {
                    if (typeof data6 === 'string') {
                      if (func0(data6) > 64) {
                        const err19 = {
                          instancePath: instancePath + '/safety_identifier',
                          schemaPath: '#/properties/safety_identifier/anyOf/0/maxLength',
                          keyword: 'maxLength',
                          params: { limit: 64 },
                          message: 'must NOT have more than 64 characters',
                        };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                      }
                    } else {
                      const err20 = {
                        instancePath: instancePath + '/safety_identifier',
                        schemaPath: '#/properties/safety_identifier/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  }
                  var _valid4 = _errs33 === errors;
                  valid7 = valid7 || _valid4;
                  const _errs35 = errors;
                  if (data6 !== null) {
                    const err21 = {
                      instancePath: instancePath + '/safety_identifier',
                      schemaPath: '#/properties/safety_identifier/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  var _valid4 = _errs35 === errors;
                  valid7 = valid7 || _valid4;
                  if (!valid7) {
                    const err22 = {
                      instancePath: instancePath + '/safety_identifier',
                      schemaPath: '#/properties/safety_identifier/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                    validate4.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs32;
                    if (vErrors !== null) {
                      if (_errs32) {
                        vErrors.length = _errs32;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs31 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.prompt_cache_key !== undefined) {
                    let data7 = data.prompt_cache_key;
                    const _errs37 = errors;
                    const _errs38 = errors;
                    let valid8 = false;
                    const _errs39 = errors;
                    if (typeof data7 !== 'string') {
                      const err23 = {
                        instancePath: instancePath + '/prompt_cache_key',
                        schemaPath: '#/properties/prompt_cache_key/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                    var _valid5 = _errs39 === errors;
                    valid8 = valid8 || _valid5;
                    const _errs41 = errors;
                    if (data7 !== null) {
                      const err24 = {
                        instancePath: instancePath + '/prompt_cache_key',
                        schemaPath: '#/properties/prompt_cache_key/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'null' },
                        message: 'must be null',
                      };
                      if (vErrors === null) {
                        vErrors = [err24];
                      } else {
                        vErrors.push(err24);
                      }
                      errors++;
                    }
                    var _valid5 = _errs41 === errors;
                    valid8 = valid8 || _valid5;
                    if (!valid8) {
                      const err25 = {
                        instancePath: instancePath + '/prompt_cache_key',
                        schemaPath: '#/properties/prompt_cache_key/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                      validate4.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs38;
                      if (vErrors !== null) {
                        if (_errs38) {
                          vErrors.length = _errs38;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid0 = _errs37 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.prompt_cache_retention !== undefined) {
                      let data8 = data.prompt_cache_retention;
                      const _errs43 = errors;
                      const _errs44 = errors;
                      let valid9 = false;
                      const _errs45 = errors;
                      if (typeof data8 !== 'string') {
                        const err26 = {
                          instancePath: instancePath + '/prompt_cache_retention',
                          schemaPath: '#/properties/prompt_cache_retention/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err26];
                        } else {
                          vErrors.push(err26);
                        }
                        errors++;
                      }
                      if (!(data8 === 'in_memory' || data8 === '24h')) {
                        const err27 = {
                          instancePath: instancePath + '/prompt_cache_retention',
                          schemaPath: '#/properties/prompt_cache_retention/anyOf/0/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema4.properties.prompt_cache_retention.anyOf[0].enum },
                          message: 'must be equal to one of the allowed values',
                        };
                        if (vErrors === null) {
                          vErrors = [err27];
                        } else {
                          vErrors.push(err27);
                        }
                        errors++;
                      }
                      var _valid6 = _errs45 === errors;
                      valid9 = valid9 || _valid6;
                      const _errs47 = errors;
                      if (data8 !== null) {
                        const err28 = {
                          instancePath: instancePath + '/prompt_cache_retention',
                          schemaPath: '#/properties/prompt_cache_retention/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err28];
                        } else {
                          vErrors.push(err28);
                        }
                        errors++;
                      }
                      var _valid6 = _errs47 === errors;
                      valid9 = valid9 || _valid6;
                      if (!valid9) {
                        const err29 = {
                          instancePath: instancePath + '/prompt_cache_retention',
                          schemaPath: '#/properties/prompt_cache_retention/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                        validate4.errors = vErrors;
                        return false;
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
                      var valid0 = _errs43 === errors;
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
      validate4.errors = [
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
  validate4.errors = vErrors;
  return errors === 0;
}
validate4.evaluated = {
  props: {
    metadata: true,
    top_logprobs: true,
    temperature: true,
    top_p: true,
    user: true,
    safety_identifier: true,
    prompt_cache_key: true,
    prompt_cache_retention: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

const schema6 = {
  properties: {
    ttl: { $ref: '#/components/schemas/PromptCacheTTLEnum' },
    mode: { $ref: '#/components/schemas/PromptCacheModeEnum' },
  },
  type: 'object',
  required: [],
};
const schema7 = { type: 'string', enum: ['30m'] };
const schema8 = { type: 'string', enum: ['implicit', 'explicit'] };

function validate6(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate6.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.ttl !== undefined) {
        let data0 = data.ttl;
        const _errs1 = errors;
        if (typeof data0 !== 'string') {
          validate6.errors = [
            {
              instancePath: instancePath + '/ttl',
              schemaPath: '#/components/schemas/PromptCacheTTLEnum/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            },
          ];
          return false;
        }
        if (!(data0 === '30m')) {
          validate6.errors = [
            {
              instancePath: instancePath + '/ttl',
              schemaPath: '#/components/schemas/PromptCacheTTLEnum/enum',
              keyword: 'enum',
              params: { allowedValues: schema7.enum },
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
        if (data.mode !== undefined) {
          let data1 = data.mode;
          const _errs4 = errors;
          if (typeof data1 !== 'string') {
            validate6.errors = [
              {
                instancePath: instancePath + '/mode',
                schemaPath: '#/components/schemas/PromptCacheModeEnum/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data1 === 'implicit' || data1 === 'explicit')) {
            validate6.errors = [
              {
                instancePath: instancePath + '/mode',
                schemaPath: '#/components/schemas/PromptCacheModeEnum/enum',
                keyword: 'enum',
                params: { allowedValues: schema8.enum },
                message: 'must be equal to one of the allowed values',
              },
            ];
            return false;
          }
          var valid0 = _errs4 === errors;
        } else {
          var valid0 = true;
        }
      }
    } else {
      validate6.errors = [
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
  validate6.errors = vErrors;
  return errors === 0;
}
validate6.evaluated = { props: { ttl: true, mode: true }, dynamicProps: false, dynamicItems: false };

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
  const _errs0 = errors;
  if (!validate4(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.prompt_cache_options !== undefined) {
          const _errs3 = errors;
          if (
            !validate6(data.prompt_cache_options, {
              instancePath: instancePath + '/prompt_cache_options',
              parentData: data,
              parentDataProperty: 'prompt_cache_options',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate6.errors : vErrors.concat(validate6.errors);
            errors = vErrors.length;
          }
          var valid1 = _errs3 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.top_logprobs !== undefined) {
            let data1 = data.top_logprobs;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate3.errors = [
                {
                  instancePath: instancePath + '/top_logprobs',
                  schemaPath: '#/allOf/1/properties/top_logprobs/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            if (errors === _errs4) {
              if (typeof data1 == 'number' && isFinite(data1)) {
                if (data1 > 20 || isNaN(data1)) {
                  validate3.errors = [
                    {
                      instancePath: instancePath + '/top_logprobs',
                      schemaPath: '#/allOf/1/properties/top_logprobs/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 20 },
                      message: 'must be <= 20',
                    },
                  ];
                  return false;
                } else {
                  if (data1 < 0 || isNaN(data1)) {
                    validate3.errors = [
                      {
                        instancePath: instancePath + '/top_logprobs',
                        schemaPath: '#/allOf/1/properties/top_logprobs/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      },
                    ];
                    return false;
                  }
                }
              }
            }
            var valid1 = _errs4 === errors;
          } else {
            var valid1 = true;
          }
        }
      } else {
        validate3.errors = [
          {
            instancePath,
            schemaPath: '#/allOf/1/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          },
        ];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate3.errors = vErrors;
  return errors === 0;
}
validate3.evaluated = {
  props: {
    prompt_cache_options: true,
    top_logprobs: true,
    metadata: true,
    temperature: true,
    top_p: true,
    user: true,
    safety_identifier: true,
    prompt_cache_key: true,
    prompt_cache_retention: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

const schema9 = {
  oneOf: [
    { $ref: '#/components/schemas/ChatCompletionRequestDeveloperMessage' },
    { $ref: '#/components/schemas/ChatCompletionRequestSystemMessage' },
    { $ref: '#/components/schemas/ChatCompletionRequestUserMessage' },
    { $ref: '#/components/schemas/ChatCompletionRequestAssistantMessage' },
    { $ref: '#/components/schemas/ChatCompletionRequestToolMessage' },
    { $ref: '#/components/schemas/ChatCompletionRequestFunctionMessage' },
  ],
};
const schema31 = {
  type: 'object',
  deprecated: true,
  properties: {
    role: { type: 'string', enum: ['function'] },
    content: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    name: { type: 'string' },
  },
  required: ['role', 'content', 'name'],
};
const schema10 = {
  type: 'object',
  properties: {
    content: {
      oneOf: [
        { type: 'string' },
        {
          type: 'array',
          items: { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText' },
          minItems: 1,
        },
      ],
    },
    role: { type: 'string', enum: ['developer'] },
    name: { type: 'string' },
  },
  required: ['content', 'role'],
};
const schema11 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['text'] },
    text: { type: 'string' },
    prompt_cache_breakpoint: { $ref: '#/components/schemas/PromptCacheBreakpointParam' },
  },
  required: ['type', 'text'],
};
const schema12 = {
  properties: { mode: { type: 'string', enum: ['explicit'], default: 'explicit' } },
  type: 'object',
  required: ['mode'],
};

function validate11(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate11.evaluated;
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
        (data.text === undefined && (missing0 = 'text'))
      ) {
        validate11.errors = [
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
            validate11.errors = [
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
          if (!(data0 === 'text')) {
            validate11.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema11.properties.type.enum },
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
          if (data.text !== undefined) {
            const _errs3 = errors;
            if (typeof data.text !== 'string') {
              validate11.errors = [
                {
                  instancePath: instancePath + '/text',
                  schemaPath: '#/properties/text/type',
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
            if (data.prompt_cache_breakpoint !== undefined) {
              let data2 = data.prompt_cache_breakpoint;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.mode === undefined) {
                    data2.mode = 'explicit';
                  }
                  let missing1;
                  if (data2.mode === undefined && (missing1 = 'mode')) {
                    validate11.errors = [
                      {
                        instancePath: instancePath + '/prompt_cache_breakpoint',
                        schemaPath: '#/components/schemas/PromptCacheBreakpointParam/required',
                        keyword: 'required',
                        params: { missingProperty: missing1 },
                        message: "must have required property '" + missing1 + "'",
                      },
                    ];
                    return false;
                  } else {
                    let data3 = data2.mode;
                    if (typeof data3 !== 'string') {
                      validate11.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data3 === 'explicit')) {
                      validate11.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema12.properties.mode.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate11.errors = [
                    {
                      instancePath: instancePath + '/prompt_cache_breakpoint',
                      schemaPath: '#/components/schemas/PromptCacheBreakpointParam/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
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
      validate11.errors = [
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
  validate11.errors = vErrors;
  return errors === 0;
}
validate11.evaluated = {
  props: { type: true, text: true, prompt_cache_breakpoint: true },
  dynamicProps: false,
  dynamicItems: false,
};

function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate10.evaluated;
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
        (data.content === undefined && (missing0 = 'content')) ||
        (data.role === undefined && (missing0 = 'role'))
      ) {
        validate10.errors = [
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
          let passing0 = null;
          const _errs3 = errors;
          if (typeof data0 !== 'string') {
            const err0 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/oneOf/0/type',
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
          if (_valid0) {
            valid1 = true;
            passing0 = 0;
          }
          const _errs5 = errors;
          if (errors === _errs5) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err1 = {
                  instancePath: instancePath + '/content',
                  schemaPath: '#/properties/content/oneOf/1/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              } else {
                var valid2 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if (
                    !validate11(data0[i0], {
                      instancePath: instancePath + '/content/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              }
            } else {
              const err2 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf/1/type',
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
          var _valid0 = _errs5 === errors;
          if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid1 = true;
              passing0 = 1;
            }
          }
          if (!valid1) {
            const err3 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            validate10.errors = vErrors;
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
          if (data.role !== undefined) {
            let data2 = data.role;
            const _errs8 = errors;
            if (typeof data2 !== 'string') {
              validate10.errors = [
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
            if (!(data2 === 'developer')) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/role',
                  schemaPath: '#/properties/role/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema10.properties.role.enum },
                  message: 'must be equal to one of the allowed values',
                },
              ];
              return false;
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== undefined) {
              const _errs10 = errors;
              if (typeof data.name !== 'string') {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate10.errors = [
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
  validate10.errors = vErrors;
  return errors === 0;
}
validate10.evaluated = {
  props: { content: true, role: true, name: true },
  dynamicProps: false,
  dynamicItems: false,
};

const schema13 = {
  type: 'object',
  properties: {
    content: {
      oneOf: [
        { type: 'string' },
        {
          type: 'array',
          items: { $ref: '#/components/schemas/ChatCompletionRequestSystemMessageContentPart' },
          minItems: 1,
        },
      ],
    },
    role: { type: 'string', enum: ['system'] },
    name: { type: 'string' },
  },
  required: ['content', 'role'],
};
const schema14 = { oneOf: [{ $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText' }] };

function validate15(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate15.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.type = true;
    props0.text = true;
    props0.prompt_cache_breakpoint = true;
  }
  if (!valid0) {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate15.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate15.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate15.evaluated = { dynamicProps: true, dynamicItems: false };

function validate14(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate14.evaluated;
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
        (data.content === undefined && (missing0 = 'content')) ||
        (data.role === undefined && (missing0 = 'role'))
      ) {
        validate14.errors = [
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
          let passing0 = null;
          const _errs3 = errors;
          if (typeof data0 !== 'string') {
            const err0 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/oneOf/0/type',
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
          if (_valid0) {
            valid1 = true;
            passing0 = 0;
          }
          const _errs5 = errors;
          if (errors === _errs5) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err1 = {
                  instancePath: instancePath + '/content',
                  schemaPath: '#/properties/content/oneOf/1/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              } else {
                var valid2 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if (
                    !validate15(data0[i0], {
                      instancePath: instancePath + '/content/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              }
            } else {
              const err2 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf/1/type',
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
          var _valid0 = _errs5 === errors;
          if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid1 = true;
              passing0 = 1;
            }
          }
          if (!valid1) {
            const err3 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            validate14.errors = vErrors;
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
          if (data.role !== undefined) {
            let data2 = data.role;
            const _errs8 = errors;
            if (typeof data2 !== 'string') {
              validate14.errors = [
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
            if (!(data2 === 'system')) {
              validate14.errors = [
                {
                  instancePath: instancePath + '/role',
                  schemaPath: '#/properties/role/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema13.properties.role.enum },
                  message: 'must be equal to one of the allowed values',
                },
              ];
              return false;
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== undefined) {
              const _errs10 = errors;
              if (typeof data.name !== 'string') {
                validate14.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate14.errors = [
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
  validate14.errors = vErrors;
  return errors === 0;
}
validate14.evaluated = {
  props: { content: true, role: true, name: true },
  dynamicProps: false,
  dynamicItems: false,
};

const schema15 = {
  type: 'object',
  properties: {
    content: {
      oneOf: [
        { type: 'string' },
        {
          type: 'array',
          items: { $ref: '#/components/schemas/ChatCompletionRequestUserMessageContentPart' },
          minItems: 1,
        },
      ],
    },
    role: { type: 'string', enum: ['user'] },
    name: { type: 'string' },
  },
  required: ['content', 'role'],
};
const schema16 = {
  oneOf: [
    { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText' },
    { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartImage' },
    { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartAudio' },
    { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartFile' },
  ],
};
const schema17 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['image_url'] },
    image_url: {
      type: 'object',
      properties: {
        url: { type: 'string', format: 'uri' },
        detail: { type: 'string', enum: ['auto', 'low', 'high'], default: 'auto' },
      },
      required: ['url'],
    },
    prompt_cache_breakpoint: { $ref: '#/components/schemas/PromptCacheBreakpointParam' },
  },
  required: ['type', 'image_url'],
};
const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;

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
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.image_url === undefined && (missing0 = 'image_url'))
      ) {
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
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate22.errors = [
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
          if (!(data0 === 'image_url')) {
            validate22.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema17.properties.type.enum },
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
          if (data.image_url !== undefined) {
            let data1 = data.image_url;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                if (data1.detail === undefined) {
                  data1.detail = 'auto';
                }
                let missing1;
                if (data1.url === undefined && (missing1 = 'url')) {
                  validate22.errors = [
                    {
                      instancePath: instancePath + '/image_url',
                      schemaPath: '#/properties/image_url/required',
                      keyword: 'required',
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data1.url !== undefined) {
                    let data2 = data1.url;
                    const _errs5 = errors;
                    if (errors === _errs5) {
                      if (errors === _errs5) {
                        if (typeof data2 === 'string') {
                          if (!formats0.test(data2)) {
                            validate22.errors = [
                              {
                                instancePath: instancePath + '/image_url/url',
                                schemaPath: '#/properties/image_url/properties/url/format',
                                keyword: 'format',
                                params: { format: 'uri' },
                                message: 'must match format "' + 'uri' + '"',
                              },
                            ];
                            return false;
                          }
                        } else {
                          validate22.errors = [
                            {
                              instancePath: instancePath + '/image_url/url',
                              schemaPath: '#/properties/image_url/properties/url/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                      }
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    let data3 = data1.detail;
                    const _errs7 = errors;
                    if (typeof data3 !== 'string') {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/image_url/detail',
                          schemaPath: '#/properties/image_url/properties/detail/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data3 === 'auto' || data3 === 'low' || data3 === 'high')) {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/image_url/detail',
                          schemaPath: '#/properties/image_url/properties/detail/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema17.properties.image_url.properties.detail.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  }
                }
              } else {
                validate22.errors = [
                  {
                    instancePath: instancePath + '/image_url',
                    schemaPath: '#/properties/image_url/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
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
            if (data.prompt_cache_breakpoint !== undefined) {
              let data4 = data.prompt_cache_breakpoint;
              const _errs9 = errors;
              const _errs10 = errors;
              if (errors === _errs10) {
                if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                  if (data4.mode === undefined) {
                    data4.mode = 'explicit';
                  }
                  let missing2;
                  if (data4.mode === undefined && (missing2 = 'mode')) {
                    validate22.errors = [
                      {
                        instancePath: instancePath + '/prompt_cache_breakpoint',
                        schemaPath: '#/components/schemas/PromptCacheBreakpointParam/required',
                        keyword: 'required',
                        params: { missingProperty: missing2 },
                        message: "must have required property '" + missing2 + "'",
                      },
                    ];
                    return false;
                  } else {
                    let data5 = data4.mode;
                    if (typeof data5 !== 'string') {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data5 === 'explicit')) {
                      validate22.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema12.properties.mode.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate22.errors = [
                    {
                      instancePath: instancePath + '/prompt_cache_breakpoint',
                      schemaPath: '#/components/schemas/PromptCacheBreakpointParam/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
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
validate22.evaluated = {
  props: { type: true, image_url: true, prompt_cache_breakpoint: true },
  dynamicProps: false,
  dynamicItems: false,
};

const schema19 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['input_audio'] },
    input_audio: {
      type: 'object',
      properties: { data: { type: 'string' }, format: { type: 'string', enum: ['wav', 'mp3'] } },
      required: ['data', 'format'],
    },
    prompt_cache_breakpoint: { $ref: '#/components/schemas/PromptCacheBreakpointParam' },
  },
  required: ['type', 'input_audio'],
};

function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
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
      let missing0;
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.input_audio === undefined && (missing0 = 'input_audio'))
      ) {
        validate24.errors = [
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
            validate24.errors = [
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
          if (!(data0 === 'input_audio')) {
            validate24.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema19.properties.type.enum },
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
          if (data.input_audio !== undefined) {
            let data1 = data.input_audio;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                let missing1;
                if (
                  (data1.data === undefined && (missing1 = 'data')) ||
                  (data1.format === undefined && (missing1 = 'format'))
                ) {
                  validate24.errors = [
                    {
                      instancePath: instancePath + '/input_audio',
                      schemaPath: '#/properties/input_audio/required',
                      keyword: 'required',
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data1.data !== undefined) {
                    const _errs5 = errors;
                    if (typeof data1.data !== 'string') {
                      validate24.errors = [
                        {
                          instancePath: instancePath + '/input_audio/data',
                          schemaPath: '#/properties/input_audio/properties/data/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.format !== undefined) {
                      let data3 = data1.format;
                      const _errs7 = errors;
                      if (typeof data3 !== 'string') {
                        validate24.errors = [
                          {
                            instancePath: instancePath + '/input_audio/format',
                            schemaPath: '#/properties/input_audio/properties/format/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      if (!(data3 === 'wav' || data3 === 'mp3')) {
                        validate24.errors = [
                          {
                            instancePath: instancePath + '/input_audio/format',
                            schemaPath: '#/properties/input_audio/properties/format/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema19.properties.input_audio.properties.format.enum },
                            message: 'must be equal to one of the allowed values',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              } else {
                validate24.errors = [
                  {
                    instancePath: instancePath + '/input_audio',
                    schemaPath: '#/properties/input_audio/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
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
            if (data.prompt_cache_breakpoint !== undefined) {
              let data4 = data.prompt_cache_breakpoint;
              const _errs9 = errors;
              const _errs10 = errors;
              if (errors === _errs10) {
                if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                  if (data4.mode === undefined) {
                    data4.mode = 'explicit';
                  }
                  let missing2;
                  if (data4.mode === undefined && (missing2 = 'mode')) {
                    validate24.errors = [
                      {
                        instancePath: instancePath + '/prompt_cache_breakpoint',
                        schemaPath: '#/components/schemas/PromptCacheBreakpointParam/required',
                        keyword: 'required',
                        params: { missingProperty: missing2 },
                        message: "must have required property '" + missing2 + "'",
                      },
                    ];
                    return false;
                  } else {
                    let data5 = data4.mode;
                    if (typeof data5 !== 'string') {
                      validate24.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data5 === 'explicit')) {
                      validate24.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema12.properties.mode.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate24.errors = [
                    {
                      instancePath: instancePath + '/prompt_cache_breakpoint',
                      schemaPath: '#/components/schemas/PromptCacheBreakpointParam/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs9 === errors;
            } else {
              var valid0 = true;
            }
          }
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
validate24.evaluated = {
  props: { type: true, input_audio: true, prompt_cache_breakpoint: true },
  dynamicProps: false,
  dynamicItems: false,
};

const schema21 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['file'] },
    file: {
      type: 'object',
      properties: {
        filename: { type: 'string' },
        file_data: { type: 'string' },
        file_id: { type: 'string' },
      },
    },
    prompt_cache_breakpoint: { $ref: '#/components/schemas/PromptCacheBreakpointParam' },
  },
  required: ['type', 'file'],
};

function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
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
        (data.file === undefined && (missing0 = 'file'))
      ) {
        validate26.errors = [
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
            validate26.errors = [
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
          if (!(data0 === 'file')) {
            validate26.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema21.properties.type.enum },
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
          if (data.file !== undefined) {
            let data1 = data.file;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                if (data1.filename !== undefined) {
                  const _errs5 = errors;
                  if (typeof data1.filename !== 'string') {
                    validate26.errors = [
                      {
                        instancePath: instancePath + '/file/filename',
                        schemaPath: '#/properties/file/properties/filename/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                  var valid1 = _errs5 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data1.file_data !== undefined) {
                    const _errs7 = errors;
                    if (typeof data1.file_data !== 'string') {
                      validate26.errors = [
                        {
                          instancePath: instancePath + '/file/file_data',
                          schemaPath: '#/properties/file/properties/file_data/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs7 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.file_id !== undefined) {
                      const _errs9 = errors;
                      if (typeof data1.file_id !== 'string') {
                        validate26.errors = [
                          {
                            instancePath: instancePath + '/file/file_id',
                            schemaPath: '#/properties/file/properties/file_id/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs9 === errors;
                    } else {
                      var valid1 = true;
                    }
                  }
                }
              } else {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/file',
                    schemaPath: '#/properties/file/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
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
            if (data.prompt_cache_breakpoint !== undefined) {
              let data5 = data.prompt_cache_breakpoint;
              const _errs11 = errors;
              const _errs12 = errors;
              if (errors === _errs12) {
                if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                  if (data5.mode === undefined) {
                    data5.mode = 'explicit';
                  }
                  let missing1;
                  if (data5.mode === undefined && (missing1 = 'mode')) {
                    validate26.errors = [
                      {
                        instancePath: instancePath + '/prompt_cache_breakpoint',
                        schemaPath: '#/components/schemas/PromptCacheBreakpointParam/required',
                        keyword: 'required',
                        params: { missingProperty: missing1 },
                        message: "must have required property '" + missing1 + "'",
                      },
                    ];
                    return false;
                  } else {
                    let data6 = data5.mode;
                    if (typeof data6 !== 'string') {
                      validate26.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data6 === 'explicit')) {
                      validate26.errors = [
                        {
                          instancePath: instancePath + '/prompt_cache_breakpoint/mode',
                          schemaPath: '#/components/schemas/PromptCacheBreakpointParam/properties/mode/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema12.properties.mode.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                  }
                } else {
                  validate26.errors = [
                    {
                      instancePath: instancePath + '/prompt_cache_breakpoint',
                      schemaPath: '#/components/schemas/PromptCacheBreakpointParam/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs11 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate26.errors = [
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
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = {
  props: { type: true, file: true, prompt_cache_breakpoint: true },
  dynamicProps: false,
  dynamicItems: false,
};

function validate20(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.type = true;
    props0.text = true;
    props0.prompt_cache_breakpoint = true;
  }
  const _errs2 = errors;
  if (!validate22(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.type = true;
        props0.image_url = true;
        props0.prompt_cache_breakpoint = true;
      }
    }
    const _errs3 = errors;
    if (!validate24(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
          props0.input_audio = true;
          props0.prompt_cache_breakpoint = true;
        }
      }
      const _errs4 = errors;
      if (!validate26(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.type = true;
            props0.file = true;
            props0.prompt_cache_breakpoint = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate20.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate20.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate20.evaluated = { dynamicProps: true, dynamicItems: false };

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
      if (
        (data.content === undefined && (missing0 = 'content')) ||
        (data.role === undefined && (missing0 = 'role'))
      ) {
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
        if (data.content !== undefined) {
          let data0 = data.content;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          let passing0 = null;
          const _errs3 = errors;
          if (typeof data0 !== 'string') {
            const err0 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/oneOf/0/type',
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
          if (_valid0) {
            valid1 = true;
            passing0 = 0;
          }
          const _errs5 = errors;
          if (errors === _errs5) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err1 = {
                  instancePath: instancePath + '/content',
                  schemaPath: '#/properties/content/oneOf/1/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              } else {
                var valid2 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs7 = errors;
                  if (
                    !validate20(data0[i0], {
                      instancePath: instancePath + '/content/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                    errors = vErrors.length;
                  }
                  var valid2 = _errs7 === errors;
                  if (!valid2) {
                    break;
                  }
                }
              }
            } else {
              const err2 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf/1/type',
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
          var _valid0 = _errs5 === errors;
          if (_valid0 && valid1) {
            valid1 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid1 = true;
              passing0 = 1;
            }
          }
          if (!valid1) {
            const err3 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            validate19.errors = vErrors;
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
          if (data.role !== undefined) {
            let data2 = data.role;
            const _errs8 = errors;
            if (typeof data2 !== 'string') {
              validate19.errors = [
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
            if (!(data2 === 'user')) {
              validate19.errors = [
                {
                  instancePath: instancePath + '/role',
                  schemaPath: '#/properties/role/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema15.properties.role.enum },
                  message: 'must be equal to one of the allowed values',
                },
              ];
              return false;
            }
            var valid0 = _errs8 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.name !== undefined) {
              const _errs10 = errors;
              if (typeof data.name !== 'string') {
                validate19.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
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
validate19.evaluated = {
  props: { content: true, role: true, name: true },
  dynamicProps: false,
  dynamicItems: false,
};

const schema23 = {
  type: 'object',
  properties: {
    content: {
      anyOf: [
        {
          oneOf: [
            { type: 'string' },
            {
              type: 'array',
              items: { $ref: '#/components/schemas/ChatCompletionRequestAssistantMessageContentPart' },
              minItems: 1,
            },
          ],
        },
        { type: 'null' },
      ],
    },
    refusal: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    role: { type: 'string', enum: ['assistant'] },
    name: { type: 'string' },
    audio: {
      anyOf: [{ type: 'object', required: ['id'], properties: { id: { type: 'string' } } }, { type: 'null' }],
    },
    tool_calls: { $ref: '#/components/schemas/ChatCompletionMessageToolCalls' },
    function_call: {
      anyOf: [
        {
          type: 'object',
          deprecated: true,
          properties: { arguments: { type: 'string' }, name: { type: 'string' } },
          required: ['arguments', 'name'],
        },
        { type: 'null' },
      ],
    },
  },
  required: ['role'],
};
const schema24 = {
  oneOf: [
    { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText' },
    { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartRefusal' },
  ],
};
const schema25 = {
  type: 'object',
  properties: { type: { type: 'string', enum: ['refusal'] }, refusal: { type: 'string' } },
  required: ['type', 'refusal'],
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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.type = true;
    props0.text = true;
    props0.prompt_cache_breakpoint = true;
  }
  const _errs2 = errors;
  const _errs3 = errors;
  if (errors === _errs3) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.refusal === undefined && (missing0 = 'refusal'))
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/components/schemas/ChatCompletionRequestMessageContentPartRefusal/required',
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
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs5 = errors;
          if (typeof data0 !== 'string') {
            const err1 = {
              instancePath: instancePath + '/type',
              schemaPath:
                '#/components/schemas/ChatCompletionRequestMessageContentPartRefusal/properties/type/type',
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
          if (!(data0 === 'refusal')) {
            const err2 = {
              instancePath: instancePath + '/type',
              schemaPath:
                '#/components/schemas/ChatCompletionRequestMessageContentPartRefusal/properties/type/enum',
              keyword: 'enum',
              params: { allowedValues: schema25.properties.type.enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var valid2 = _errs5 === errors;
        } else {
          var valid2 = true;
        }
        if (valid2) {
          if (data.refusal !== undefined) {
            const _errs7 = errors;
            if (typeof data.refusal !== 'string') {
              const err3 = {
                instancePath: instancePath + '/refusal',
                schemaPath:
                  '#/components/schemas/ChatCompletionRequestMessageContentPartRefusal/properties/refusal/type',
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
            var valid2 = _errs7 === errors;
          } else {
            var valid2 = true;
          }
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: '#/components/schemas/ChatCompletionRequestMessageContentPartRefusal/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.type = true;
        props0.refusal = true;
      }
    }
  }
  if (!valid0) {
    const err5 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
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
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate31.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate31.evaluated = { dynamicProps: true, dynamicItems: false };

const schema26 = {
  type: 'array',
  items: {
    oneOf: [
      { $ref: '#/components/schemas/ChatCompletionMessageToolCall' },
      { $ref: '#/components/schemas/ChatCompletionMessageCustomToolCall' },
    ],
  },
};
const schema27 = {
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
const schema28 = {
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
                      params: { allowedValues: schema27.properties.type.enum },
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
                      params: { allowedValues: schema28.properties.type.enum },
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
          validate34.errors = vErrors;
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
      validate34.errors = [
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
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { items: true, dynamicProps: false, dynamicItems: false };

function validate30(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
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
      let missing0;
      if (data.role === undefined && (missing0 = 'role')) {
        validate30.errors = [
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
          const _errs4 = errors;
          let valid2 = false;
          let passing0 = null;
          const _errs5 = errors;
          if (typeof data0 !== 'string') {
            const err0 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/0/oneOf/0/type',
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
          var _valid1 = _errs5 === errors;
          if (_valid1) {
            valid2 = true;
            passing0 = 0;
          }
          const _errs7 = errors;
          if (errors === _errs7) {
            if (Array.isArray(data0)) {
              if (data0.length < 1) {
                const err1 = {
                  instancePath: instancePath + '/content',
                  schemaPath: '#/properties/content/anyOf/0/oneOf/1/minItems',
                  keyword: 'minItems',
                  params: { limit: 1 },
                  message: 'must NOT have fewer than 1 items',
                };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              } else {
                var valid3 = true;
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  const _errs9 = errors;
                  if (
                    !validate31(data0[i0], {
                      instancePath: instancePath + '/content/' + i0,
                      parentData: data0,
                      parentDataProperty: i0,
                      rootData,
                      dynamicAnchors,
                    })
                  ) {
                    vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
                    errors = vErrors.length;
                  }
                  var valid3 = _errs9 === errors;
                  if (!valid3) {
                    break;
                  }
                }
              }
            } else {
              const err2 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/anyOf/0/oneOf/1/type',
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
          var _valid1 = _errs7 === errors;
          if (_valid1 && valid2) {
            valid2 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid1) {
              valid2 = true;
              passing0 = 1;
            }
          }
          if (!valid2) {
            const err3 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/0/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          } else {
            errors = _errs4;
            if (vErrors !== null) {
              if (_errs4) {
                vErrors.length = _errs4;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid0 = _errs3 === errors;
          valid1 = valid1 || _valid0;
          const _errs10 = errors;
          if (data0 !== null) {
            const err4 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf/1/type',
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
          var _valid0 = _errs10 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err5 = {
              instancePath: instancePath + '/content',
              schemaPath: '#/properties/content/anyOf',
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
            validate30.errors = vErrors;
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
            let data2 = data.refusal;
            const _errs12 = errors;
            const _errs13 = errors;
            let valid4 = false;
            const _errs14 = errors;
            if (typeof data2 !== 'string') {
              const err6 = {
                instancePath: instancePath + '/refusal',
                schemaPath: '#/properties/refusal/anyOf/0/type',
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
            var _valid2 = _errs14 === errors;
            valid4 = valid4 || _valid2;
            const _errs16 = errors;
            if (data2 !== null) {
              const err7 = {
                instancePath: instancePath + '/refusal',
                schemaPath: '#/properties/refusal/anyOf/1/type',
                keyword: 'type',
                params: { type: 'null' },
                message: 'must be null',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            var _valid2 = _errs16 === errors;
            valid4 = valid4 || _valid2;
            if (!valid4) {
              const err8 = {
                instancePath: instancePath + '/refusal',
                schemaPath: '#/properties/refusal/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              validate30.errors = vErrors;
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
            var valid0 = _errs12 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.role !== undefined) {
              let data3 = data.role;
              const _errs18 = errors;
              if (typeof data3 !== 'string') {
                validate30.errors = [
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
              if (!(data3 === 'assistant')) {
                validate30.errors = [
                  {
                    instancePath: instancePath + '/role',
                    schemaPath: '#/properties/role/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema23.properties.role.enum },
                    message: 'must be equal to one of the allowed values',
                  },
                ];
                return false;
              }
              var valid0 = _errs18 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.name !== undefined) {
                const _errs20 = errors;
                if (typeof data.name !== 'string') {
                  validate30.errors = [
                    {
                      instancePath: instancePath + '/name',
                      schemaPath: '#/properties/name/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs20 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.audio !== undefined) {
                  let data5 = data.audio;
                  const _errs22 = errors;
                  const _errs23 = errors;
                  let valid5 = false;
                  const _errs24 = errors;
                  if (errors === _errs24) {
                    if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                      let missing1;
                      if (data5.id === undefined && (missing1 = 'id')) {
                        const err9 = {
                          instancePath: instancePath + '/audio',
                          schemaPath: '#/properties/audio/anyOf/0/required',
                          keyword: 'required',
                          params: { missingProperty: missing1 },
                          message: "must have required property '" + missing1 + "'",
                        };
                        if (vErrors === null) {
                          vErrors = [err9];
                        } else {
                          vErrors.push(err9);
                        }
                        errors++;
                      } else {
                        if (data5.id !== undefined) {
                          if (typeof data5.id !== 'string') {
                            const err10 = {
                              instancePath: instancePath + '/audio/id',
                              schemaPath: '#/properties/audio/anyOf/0/properties/id/type',
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
                  var _valid3 = _errs24 === errors;
                  valid5 = valid5 || _valid3;
                  if (_valid3) {
                    var props1 = {};
                    props1.id = true;
                  }
                  const _errs28 = errors;
                  if (data5 !== null) {
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
                  var _valid3 = _errs28 === errors;
                  valid5 = valid5 || _valid3;
                  if (!valid5) {
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
                    validate30.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs23;
                    if (vErrors !== null) {
                      if (_errs23) {
                        vErrors.length = _errs23;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid0 = _errs22 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.tool_calls !== undefined) {
                    const _errs30 = errors;
                    if (
                      !validate34(data.tool_calls, {
                        instancePath: instancePath + '/tool_calls',
                        parentData: data,
                        parentDataProperty: 'tool_calls',
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs30 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.function_call !== undefined) {
                      let data8 = data.function_call;
                      const _errs31 = errors;
                      const _errs32 = errors;
                      let valid7 = false;
                      const _errs33 = errors;
                      if (errors === _errs33) {
                        if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                          let missing2;
                          if (
                            (data8.arguments === undefined && (missing2 = 'arguments')) ||
                            (data8.name === undefined && (missing2 = 'name'))
                          ) {
                            const err14 = {
                              instancePath: instancePath + '/function_call',
                              schemaPath: '#/properties/function_call/anyOf/0/required',
                              keyword: 'required',
                              params: { missingProperty: missing2 },
                              message: "must have required property '" + missing2 + "'",
                            };
                            if (vErrors === null) {
                              vErrors = [err14];
                            } else {
                              vErrors.push(err14);
                            }
                            errors++;
                          } else {
                            if (data8.arguments !== undefined) {
                              const _errs35 = errors;
                              if (typeof data8.arguments !== 'string') {
                                const err15 = {
                                  instancePath: instancePath + '/function_call/arguments',
                                  schemaPath: '#/properties/function_call/anyOf/0/properties/arguments/type',
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
                              var valid8 = _errs35 === errors;
                            } else {
                              var valid8 = true;
                            }
                            if (valid8) {
                              if (data8.name !== undefined) {
                                const _errs37 = errors;
                                if (typeof data8.name !== 'string') {
                                  const err16 = {
                                    instancePath: instancePath + '/function_call/name',
                                    schemaPath: '#/properties/function_call/anyOf/0/properties/name/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err16];
                                  } else {
                                    vErrors.push(err16);
                                  }
                                  errors++;
                                }
                                var valid8 = _errs37 === errors;
                              } else {
                                var valid8 = true;
                              }
                            }
                          }
                        } else {
                          const err17 = {
                            instancePath: instancePath + '/function_call',
                            schemaPath: '#/properties/function_call/anyOf/0/type',
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
                      var _valid4 = _errs33 === errors;
                      valid7 = valid7 || _valid4;
                      if (_valid4) {
                        var props2 = {};
                        props2.arguments = true;
                        props2.name = true;
                      }
                      const _errs39 = errors;
                      if (data8 !== null) {
                        const err18 = {
                          instancePath: instancePath + '/function_call',
                          schemaPath: '#/properties/function_call/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      var _valid4 = _errs39 === errors;
                      valid7 = valid7 || _valid4;
                      if (!valid7) {
                        const err19 = {
                          instancePath: instancePath + '/function_call',
                          schemaPath: '#/properties/function_call/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err19];
                        } else {
                          vErrors.push(err19);
                        }
                        errors++;
                        validate30.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs32;
                        if (vErrors !== null) {
                          if (_errs32) {
                            vErrors.length = _errs32;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid0 = _errs31 === errors;
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
validate30.evaluated = {
  props: {
    content: true,
    refusal: true,
    role: true,
    name: true,
    audio: true,
    tool_calls: true,
    function_call: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

const schema29 = {
  type: 'object',
  properties: {
    role: { type: 'string', enum: ['tool'] },
    content: {
      oneOf: [
        { type: 'string' },
        {
          type: 'array',
          items: { $ref: '#/components/schemas/ChatCompletionRequestToolMessageContentPart' },
          minItems: 1,
        },
      ],
    },
    tool_call_id: { type: 'string' },
  },
  required: ['role', 'content', 'tool_call_id'],
};
const schema30 = { oneOf: [{ $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText' }] };

function validate38(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate11(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.type = true;
    props0.text = true;
    props0.prompt_cache_breakpoint = true;
  }
  if (!valid0) {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
    validate38.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate38.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate38.evaluated = { dynamicProps: true, dynamicItems: false };

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
      if (
        (data.role === undefined && (missing0 = 'role')) ||
        (data.content === undefined && (missing0 = 'content')) ||
        (data.tool_call_id === undefined && (missing0 = 'tool_call_id'))
      ) {
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
        if (data.role !== undefined) {
          let data0 = data.role;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate37.errors = [
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
          if (!(data0 === 'tool')) {
            validate37.errors = [
              {
                instancePath: instancePath + '/role',
                schemaPath: '#/properties/role/enum',
                keyword: 'enum',
                params: { allowedValues: schema29.properties.role.enum },
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
          if (data.content !== undefined) {
            let data1 = data.content;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            let passing0 = null;
            const _errs5 = errors;
            if (typeof data1 !== 'string') {
              const err0 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf/0/type',
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
            var _valid0 = _errs5 === errors;
            if (_valid0) {
              valid1 = true;
              passing0 = 0;
            }
            const _errs7 = errors;
            if (errors === _errs7) {
              if (Array.isArray(data1)) {
                if (data1.length < 1) {
                  const err1 = {
                    instancePath: instancePath + '/content',
                    schemaPath: '#/properties/content/oneOf/1/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                } else {
                  var valid2 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs9 = errors;
                    if (
                      !validate38(data1[i0], {
                        instancePath: instancePath + '/content/' + i0,
                        parentData: data1,
                        parentDataProperty: i0,
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs9 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                }
              } else {
                const err2 = {
                  instancePath: instancePath + '/content',
                  schemaPath: '#/properties/content/oneOf/1/type',
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
            var _valid0 = _errs7 === errors;
            if (_valid0 && valid1) {
              valid1 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid1 = true;
                passing0 = 1;
              }
            }
            if (!valid1) {
              const err3 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing0 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              validate37.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tool_call_id !== undefined) {
              const _errs10 = errors;
              if (typeof data.tool_call_id !== 'string') {
                validate37.errors = [
                  {
                    instancePath: instancePath + '/tool_call_id',
                    schemaPath: '#/properties/tool_call_id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
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
validate37.evaluated = {
  props: { role: true, content: true, tool_call_id: true },
  dynamicProps: false,
  dynamicItems: false,
};

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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!validate10(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate10.errors : vErrors.concat(validate10.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.content = true;
    props0.role = true;
    props0.name = true;
  }
  const _errs2 = errors;
  if (!validate14(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.content = true;
        props0.role = true;
        props0.name = true;
      }
    }
    const _errs3 = errors;
    if (!validate19(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.content = true;
          props0.role = true;
          props0.name = true;
        }
      }
      const _errs4 = errors;
      if (!validate30(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.content = true;
            props0.refusal = true;
            props0.role = true;
            props0.name = true;
            props0.audio = true;
            props0.tool_calls = true;
            props0.function_call = true;
          }
        }
        const _errs5 = errors;
        if (!validate37(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs5 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = props0 || {};
              props0.role = true;
              props0.content = true;
              props0.tool_call_id = true;
            }
          }
          const _errs6 = errors;
          const _errs7 = errors;
          if (errors === _errs7) {
            if (data && typeof data == 'object' && !Array.isArray(data)) {
              let missing0;
              if (
                (data.role === undefined && (missing0 = 'role')) ||
                (data.content === undefined && (missing0 = 'content')) ||
                (data.name === undefined && (missing0 = 'name'))
              ) {
                const err0 = {
                  instancePath,
                  schemaPath: '#/components/schemas/ChatCompletionRequestFunctionMessage/required',
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
                if (data.role !== undefined) {
                  let data0 = data.role;
                  const _errs9 = errors;
                  if (typeof data0 !== 'string') {
                    const err1 = {
                      instancePath: instancePath + '/role',
                      schemaPath:
                        '#/components/schemas/ChatCompletionRequestFunctionMessage/properties/role/type',
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
                  if (!(data0 === 'function')) {
                    const err2 = {
                      instancePath: instancePath + '/role',
                      schemaPath:
                        '#/components/schemas/ChatCompletionRequestFunctionMessage/properties/role/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema31.properties.role.enum },
                      message: 'must be equal to one of the allowed values',
                    };
                    if (vErrors === null) {
                      vErrors = [err2];
                    } else {
                      vErrors.push(err2);
                    }
                    errors++;
                  }
                  var valid2 = _errs9 === errors;
                } else {
                  var valid2 = true;
                }
                if (valid2) {
                  if (data.content !== undefined) {
                    let data1 = data.content;
                    const _errs11 = errors;
                    const _errs12 = errors;
                    let valid3 = false;
                    const _errs13 = errors;
                    if (typeof data1 !== 'string') {
                      const err3 = {
                        instancePath: instancePath + '/content',
                        schemaPath:
                          '#/components/schemas/ChatCompletionRequestFunctionMessage/properties/content/anyOf/0/type',
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
                    var _valid1 = _errs13 === errors;
                    valid3 = valid3 || _valid1;
                    const _errs15 = errors;
                    if (data1 !== null) {
                      const err4 = {
                        instancePath: instancePath + '/content',
                        schemaPath:
                          '#/components/schemas/ChatCompletionRequestFunctionMessage/properties/content/anyOf/1/type',
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
                    var _valid1 = _errs15 === errors;
                    valid3 = valid3 || _valid1;
                    if (!valid3) {
                      const err5 = {
                        instancePath: instancePath + '/content',
                        schemaPath:
                          '#/components/schemas/ChatCompletionRequestFunctionMessage/properties/content/anyOf',
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
                    if (data.name !== undefined) {
                      const _errs17 = errors;
                      if (typeof data.name !== 'string') {
                        const err6 = {
                          instancePath: instancePath + '/name',
                          schemaPath:
                            '#/components/schemas/ChatCompletionRequestFunctionMessage/properties/name/type',
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
                      var valid2 = _errs17 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              }
            } else {
              const err7 = {
                instancePath,
                schemaPath: '#/components/schemas/ChatCompletionRequestFunctionMessage/type',
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
          var _valid0 = _errs6 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = props0 || {};
                props0.role = true;
                props0.content = true;
                props0.name = true;
              }
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    const err8 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
    validate9.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate9.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate9.evaluated = { dynamicProps: true, dynamicItems: false };

const schema40 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['json_schema'] },
    json_schema: {
      type: 'object',
      properties: {
        description: { type: 'string' },
        name: { type: 'string' },
        schema: { $ref: '#/components/schemas/ResponseFormatJsonSchemaSchema' },
        strict: { anyOf: [{ type: 'boolean' }, { type: 'null' }] },
      },
      required: ['name'],
    },
  },
  required: ['type', 'json_schema'],
};
const schema41 = { type: 'object', additionalProperties: true };

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
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.json_schema === undefined && (missing0 = 'json_schema'))
      ) {
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
        if (data.type !== undefined) {
          let data0 = data.type;
          const _errs1 = errors;
          if (typeof data0 !== 'string') {
            validate43.errors = [
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
          if (!(data0 === 'json_schema')) {
            validate43.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema40.properties.type.enum },
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
          if (data.json_schema !== undefined) {
            let data1 = data.json_schema;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                let missing1;
                if (data1.name === undefined && (missing1 = 'name')) {
                  validate43.errors = [
                    {
                      instancePath: instancePath + '/json_schema',
                      schemaPath: '#/properties/json_schema/required',
                      keyword: 'required',
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data1.description !== undefined) {
                    const _errs5 = errors;
                    if (typeof data1.description !== 'string') {
                      validate43.errors = [
                        {
                          instancePath: instancePath + '/json_schema/description',
                          schemaPath: '#/properties/json_schema/properties/description/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    var valid1 = _errs5 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data1.name !== undefined) {
                      const _errs7 = errors;
                      if (typeof data1.name !== 'string') {
                        validate43.errors = [
                          {
                            instancePath: instancePath + '/json_schema/name',
                            schemaPath: '#/properties/json_schema/properties/name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          },
                        ];
                        return false;
                      }
                      var valid1 = _errs7 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data1.schema !== undefined) {
                        let data4 = data1.schema;
                        const _errs9 = errors;
                        const _errs10 = errors;
                        if (errors === _errs10) {
                          if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                          } else {
                            validate43.errors = [
                              {
                                instancePath: instancePath + '/json_schema/schema',
                                schemaPath: '#/components/schemas/ResponseFormatJsonSchemaSchema/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid1 = _errs9 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.strict !== undefined) {
                          let data5 = data1.strict;
                          const _errs13 = errors;
                          const _errs14 = errors;
                          let valid3 = false;
                          const _errs15 = errors;
                          if (typeof data5 !== 'boolean') {
                            const err0 = {
                              instancePath: instancePath + '/json_schema/strict',
                              schemaPath: '#/properties/json_schema/properties/strict/anyOf/0/type',
                              keyword: 'type',
                              params: { type: 'boolean' },
                              message: 'must be boolean',
                            };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          var _valid0 = _errs15 === errors;
                          valid3 = valid3 || _valid0;
                          const _errs17 = errors;
                          if (data5 !== null) {
                            const err1 = {
                              instancePath: instancePath + '/json_schema/strict',
                              schemaPath: '#/properties/json_schema/properties/strict/anyOf/1/type',
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
                          var _valid0 = _errs17 === errors;
                          valid3 = valid3 || _valid0;
                          if (!valid3) {
                            const err2 = {
                              instancePath: instancePath + '/json_schema/strict',
                              schemaPath: '#/properties/json_schema/properties/strict/anyOf',
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
                            errors = _errs14;
                            if (vErrors !== null) {
                              if (_errs14) {
                                vErrors.length = _errs14;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid1 = _errs13 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                }
              } else {
                validate43.errors = [
                  {
                    instancePath: instancePath + '/json_schema',
                    schemaPath: '#/properties/json_schema/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
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
validate43.evaluated = { props: { type: true, json_schema: true }, dynamicProps: false, dynamicItems: false };

const schema43 = {
  anyOf: [
    { $ref: '#/components/schemas/VoiceIdsShared' },
    { type: 'object', additionalProperties: false, required: ['id'], properties: { id: { type: 'string' } } },
  ],
};
const schema44 = {
  anyOf: [
    { type: 'string' },
    {
      type: 'string',
      enum: ['alloy', 'ash', 'ballad', 'coral', 'echo', 'sage', 'shimmer', 'verse', 'marin', 'cedar'],
    },
  ],
};

function validate45(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs3 = errors;
  let valid2 = false;
  const _errs4 = errors;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/components/schemas/VoiceIdsShared/anyOf/0/type',
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
  var _valid1 = _errs4 === errors;
  valid2 = valid2 || _valid1;
  const _errs6 = errors;
  if (typeof data !== 'string') {
    const err1 = {
      instancePath,
      schemaPath: '#/components/schemas/VoiceIdsShared/anyOf/1/type',
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
  if (!(
    data === 'alloy' ||
    data === 'ash' ||
    data === 'ballad' ||
    data === 'coral' ||
    data === 'echo' ||
    data === 'sage' ||
    data === 'shimmer' ||
    data === 'verse' ||
    data === 'marin' ||
    data === 'cedar'
  )) {
    const err2 = {
      instancePath,
      schemaPath: '#/components/schemas/VoiceIdsShared/anyOf/1/enum',
      keyword: 'enum',
      params: { allowedValues: schema44.anyOf[1].enum },
      message: 'must be equal to one of the allowed values',
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  var _valid1 = _errs6 === errors;
  valid2 = valid2 || _valid1;
  if (!valid2) {
    const err3 = {
      instancePath,
      schemaPath: '#/components/schemas/VoiceIdsShared/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  } else {
    errors = _errs3;
    if (vErrors !== null) {
      if (_errs3) {
        vErrors.length = _errs3;
      } else {
        vErrors = null;
      }
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs8 = errors;
  if (errors === _errs8) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.id === undefined && (missing0 = 'id')) {
        const err4 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing0 },
          message: "must have required property '" + missing0 + "'",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        const _errs10 = errors;
        for (const key0 in data) {
          if (!(key0 === 'id')) {
            const err5 = {
              instancePath,
              schemaPath: '#/anyOf/1/additionalProperties',
              keyword: 'additionalProperties',
              params: { additionalProperty: key0 },
              message: 'must NOT have additional properties',
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
            break;
          }
        }
        if (_errs10 === errors) {
          if (data.id !== undefined) {
            if (typeof data.id !== 'string') {
              const err6 = {
                instancePath: instancePath + '/id',
                schemaPath: '#/anyOf/1/properties/id/type',
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
          }
        }
      }
    } else {
      const err7 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
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
  var _valid0 = _errs8 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  if (!valid0) {
    const err8 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
    validate45.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate45.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate45.evaluated = { dynamicProps: true, dynamicItems: false };

const schema45 = {
  properties: {
    model: { type: 'string' },
    policy: { anyOf: [{ $ref: '#/components/schemas/ModerationPolicyParam' }, { type: 'null' }] },
  },
  type: 'object',
  required: ['model'],
};
const schema46 = {
  properties: {
    input: { anyOf: [{ $ref: '#/components/schemas/ModerationConfigParam' }, { type: 'null' }] },
    output: { anyOf: [{ $ref: '#/components/schemas/ModerationConfigParam' }, { type: 'null' }] },
  },
  type: 'object',
  required: [],
};
const schema47 = {
  properties: { mode: { $ref: '#/components/schemas/ModerationMode' } },
  type: 'object',
  required: ['mode'],
};
const schema48 = { type: 'string', enum: ['score', 'block'] };

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
      if (data.mode === undefined && (missing0 = 'mode')) {
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
        if (data.mode !== undefined) {
          let data0 = data.mode;
          if (typeof data0 !== 'string') {
            validate49.errors = [
              {
                instancePath: instancePath + '/mode',
                schemaPath: '#/components/schemas/ModerationMode/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if (!(data0 === 'score' || data0 === 'block')) {
            validate49.errors = [
              {
                instancePath: instancePath + '/mode',
                schemaPath: '#/components/schemas/ModerationMode/enum',
                keyword: 'enum',
                params: { allowedValues: schema48.enum },
                message: 'must be equal to one of the allowed values',
              },
            ];
            return false;
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
validate49.evaluated = { props: { mode: true }, dynamicProps: false, dynamicItems: false };

function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
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
      if (data.input !== undefined) {
        let data0 = data.input;
        const _errs1 = errors;
        const _errs2 = errors;
        let valid1 = false;
        const _errs3 = errors;
        if (
          !validate49(data0, {
            instancePath: instancePath + '/input',
            parentData: data,
            parentDataProperty: 'input',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs3 === errors;
        valid1 = valid1 || _valid0;
        if (_valid0) {
          var props0 = {};
          props0.mode = true;
        }
        const _errs4 = errors;
        if (data0 !== null) {
          const err0 = {
            instancePath: instancePath + '/input',
            schemaPath: '#/properties/input/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        var _valid0 = _errs4 === errors;
        valid1 = valid1 || _valid0;
        if (!valid1) {
          const err1 = {
            instancePath: instancePath + '/input',
            schemaPath: '#/properties/input/anyOf',
            keyword: 'anyOf',
            params: {},
            message: 'must match a schema in anyOf',
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
          validate48.errors = vErrors;
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
          let data1 = data.output;
          const _errs6 = errors;
          const _errs7 = errors;
          let valid2 = false;
          const _errs8 = errors;
          if (
            !validate49(data1, {
              instancePath: instancePath + '/output',
              parentData: data,
              parentDataProperty: 'output',
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
            errors = vErrors.length;
          }
          var _valid1 = _errs8 === errors;
          valid2 = valid2 || _valid1;
          if (_valid1) {
            var props1 = {};
            props1.mode = true;
          }
          const _errs9 = errors;
          if (data1 !== null) {
            const err2 = {
              instancePath: instancePath + '/output',
              schemaPath: '#/properties/output/anyOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid1 = _errs9 === errors;
          valid2 = valid2 || _valid1;
          if (!valid2) {
            const err3 = {
              instancePath: instancePath + '/output',
              schemaPath: '#/properties/output/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            validate48.errors = vErrors;
            return false;
          } else {
            errors = _errs7;
            if (vErrors !== null) {
              if (_errs7) {
                vErrors.length = _errs7;
              } else {
                vErrors = null;
              }
            }
          }
          var valid0 = _errs6 === errors;
        } else {
          var valid0 = true;
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
validate48.evaluated = { props: { input: true, output: true }, dynamicProps: false, dynamicItems: false };

function validate47(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.model === undefined && (missing0 = 'model')) {
        validate47.errors = [
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
        if (data.model !== undefined) {
          const _errs1 = errors;
          if (typeof data.model !== 'string') {
            validate47.errors = [
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
          var valid0 = _errs1 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.policy !== undefined) {
            let data1 = data.policy;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            const _errs5 = errors;
            if (
              !validate48(data1, {
                instancePath: instancePath + '/policy',
                parentData: data,
                parentDataProperty: 'policy',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs5 === errors;
            valid1 = valid1 || _valid0;
            if (_valid0) {
              var props0 = {};
              props0.input = true;
              props0.output = true;
            }
            const _errs6 = errors;
            if (data1 !== null) {
              const err0 = {
                instancePath: instancePath + '/policy',
                schemaPath: '#/properties/policy/anyOf/1/type',
                keyword: 'type',
                params: { type: 'null' },
                message: 'must be null',
              };
              if (vErrors === null) {
                vErrors = [err0];
              } else {
                vErrors.push(err0);
              }
              errors++;
            }
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const err1 = {
                instancePath: instancePath + '/policy',
                schemaPath: '#/properties/policy/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
              validate47.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate47.errors = [
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
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: { model: true, policy: true }, dynamicProps: false, dynamicItems: false };

const schema50 = {
  type: 'object',
  required: ['type', 'content'],
  properties: {
    type: { type: 'string', enum: ['content'] },
    content: {
      oneOf: [
        { type: 'string' },
        {
          type: 'array',
          items: { $ref: '#/components/schemas/ChatCompletionRequestMessageContentPartText' },
          minItems: 1,
        },
      ],
    },
  },
};

function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
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
      let missing0;
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.content === undefined && (missing0 = 'content'))
      ) {
        validate54.errors = [
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
            validate54.errors = [
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
          if (!(data0 === 'content')) {
            validate54.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema50.properties.type.enum },
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
          if (data.content !== undefined) {
            let data1 = data.content;
            const _errs3 = errors;
            const _errs4 = errors;
            let valid1 = false;
            let passing0 = null;
            const _errs5 = errors;
            if (typeof data1 !== 'string') {
              const err0 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf/0/type',
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
            var _valid0 = _errs5 === errors;
            if (_valid0) {
              valid1 = true;
              passing0 = 0;
            }
            const _errs7 = errors;
            if (errors === _errs7) {
              if (Array.isArray(data1)) {
                if (data1.length < 1) {
                  const err1 = {
                    instancePath: instancePath + '/content',
                    schemaPath: '#/properties/content/oneOf/1/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                } else {
                  var valid2 = true;
                  const len0 = data1.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs9 = errors;
                    if (
                      !validate11(data1[i0], {
                        instancePath: instancePath + '/content/' + i0,
                        parentData: data1,
                        parentDataProperty: i0,
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs9 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                }
              } else {
                const err2 = {
                  instancePath: instancePath + '/content',
                  schemaPath: '#/properties/content/oneOf/1/type',
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
            var _valid0 = _errs7 === errors;
            if (_valid0 && valid1) {
              valid1 = false;
              passing0 = [passing0, 1];
            } else {
              if (_valid0) {
                valid1 = true;
                passing0 = 1;
              }
            }
            if (!valid1) {
              const err3 = {
                instancePath: instancePath + '/content',
                schemaPath: '#/properties/content/oneOf',
                keyword: 'oneOf',
                params: { passingSchemas: passing0 },
                message: 'must match exactly one schema in oneOf',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              validate54.errors = vErrors;
              return false;
            } else {
              errors = _errs4;
              if (vErrors !== null) {
                if (_errs4) {
                  vErrors.length = _errs4;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
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
validate54.evaluated = { props: { type: true, content: true }, dynamicProps: false, dynamicItems: false };

const schema52 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['function'] },
    function: { $ref: '#/components/schemas/FunctionObject' },
  },
  required: ['type', 'function'],
};
const schema53 = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    name: { type: 'string' },
    parameters: { $ref: '#/components/schemas/FunctionParameters' },
    strict: { anyOf: [{ type: 'boolean' }, { type: 'null' }] },
  },
  required: ['name'],
};
const schema54 = { type: 'object', additionalProperties: true };

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
      if (data.name === undefined && (missing0 = 'name')) {
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
        if (data.description !== undefined) {
          const _errs1 = errors;
          if (typeof data.description !== 'string') {
            validate58.errors = [
              {
                instancePath: instancePath + '/description',
                schemaPath: '#/properties/description/type',
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
          if (data.name !== undefined) {
            const _errs3 = errors;
            if (typeof data.name !== 'string') {
              validate58.errors = [
                {
                  instancePath: instancePath + '/name',
                  schemaPath: '#/properties/name/type',
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
            if (data.parameters !== undefined) {
              let data2 = data.parameters;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                } else {
                  validate58.errors = [
                    {
                      instancePath: instancePath + '/parameters',
                      schemaPath: '#/components/schemas/FunctionParameters/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.strict !== undefined) {
                let data3 = data.strict;
                const _errs9 = errors;
                const _errs10 = errors;
                let valid2 = false;
                const _errs11 = errors;
                if (typeof data3 !== 'boolean') {
                  const err0 = {
                    instancePath: instancePath + '/strict',
                    schemaPath: '#/properties/strict/anyOf/0/type',
                    keyword: 'type',
                    params: { type: 'boolean' },
                    message: 'must be boolean',
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
                var _valid0 = _errs11 === errors;
                valid2 = valid2 || _valid0;
                const _errs13 = errors;
                if (data3 !== null) {
                  const err1 = {
                    instancePath: instancePath + '/strict',
                    schemaPath: '#/properties/strict/anyOf/1/type',
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
                var _valid0 = _errs13 === errors;
                valid2 = valid2 || _valid0;
                if (!valid2) {
                  const err2 = {
                    instancePath: instancePath + '/strict',
                    schemaPath: '#/properties/strict/anyOf',
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
                  errors = _errs10;
                  if (vErrors !== null) {
                    if (_errs10) {
                      vErrors.length = _errs10;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
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
validate58.evaluated = {
  props: { description: true, name: true, parameters: true, strict: true },
  dynamicProps: false,
  dynamicItems: false,
};

function validate57(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
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
      let missing0;
      if (
        (data.type === undefined && (missing0 = 'type')) ||
        (data.function === undefined && (missing0 = 'function'))
      ) {
        validate57.errors = [
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
            validate57.errors = [
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
          if (!(data0 === 'function')) {
            validate57.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema52.properties.type.enum },
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
          if (data.function !== undefined) {
            const _errs3 = errors;
            if (
              !validate58(data.function, {
                instancePath: instancePath + '/function',
                parentData: data,
                parentDataProperty: 'function',
                rootData,
                dynamicAnchors,
              })
            ) {
              vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
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
validate57.evaluated = { props: { type: true, function: true }, dynamicProps: false, dynamicItems: false };

const schema56 = {
  oneOf: [
    { type: 'string', enum: ['none', 'auto', 'required'] },
    { $ref: '#/components/schemas/ChatCompletionAllowedToolsChoice' },
    { $ref: '#/components/schemas/ChatCompletionNamedToolChoice' },
    { $ref: '#/components/schemas/ChatCompletionNamedToolChoiceCustom' },
  ],
};
const schema59 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['function'] },
    function: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
  },
  required: ['type', 'function'],
};
const schema60 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['custom'] },
    custom: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
  },
  required: ['type', 'custom'],
};
const schema57 = {
  type: 'object',
  properties: {
    type: { type: 'string', enum: ['allowed_tools'] },
    allowed_tools: { $ref: '#/components/schemas/ChatCompletionAllowedTools' },
  },
  required: ['type', 'allowed_tools'],
};
const schema58 = {
  type: 'object',
  properties: {
    mode: { type: 'string', enum: ['auto', 'required'] },
    tools: { type: 'array', items: { type: 'object', additionalProperties: true } },
  },
  required: ['mode', 'tools'],
};

function validate62(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
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
        (data.allowed_tools === undefined && (missing0 = 'allowed_tools'))
      ) {
        validate62.errors = [
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
            validate62.errors = [
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
          if (!(data0 === 'allowed_tools')) {
            validate62.errors = [
              {
                instancePath: instancePath + '/type',
                schemaPath: '#/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema57.properties.type.enum },
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
          if (data.allowed_tools !== undefined) {
            let data1 = data.allowed_tools;
            const _errs3 = errors;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                let missing1;
                if (
                  (data1.mode === undefined && (missing1 = 'mode')) ||
                  (data1.tools === undefined && (missing1 = 'tools'))
                ) {
                  validate62.errors = [
                    {
                      instancePath: instancePath + '/allowed_tools',
                      schemaPath: '#/components/schemas/ChatCompletionAllowedTools/required',
                      keyword: 'required',
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    },
                  ];
                  return false;
                } else {
                  if (data1.mode !== undefined) {
                    let data2 = data1.mode;
                    const _errs6 = errors;
                    if (typeof data2 !== 'string') {
                      validate62.errors = [
                        {
                          instancePath: instancePath + '/allowed_tools/mode',
                          schemaPath: '#/components/schemas/ChatCompletionAllowedTools/properties/mode/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data2 === 'auto' || data2 === 'required')) {
                      validate62.errors = [
                        {
                          instancePath: instancePath + '/allowed_tools/mode',
                          schemaPath: '#/components/schemas/ChatCompletionAllowedTools/properties/mode/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema58.properties.mode.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data1.tools !== undefined) {
                      let data3 = data1.tools;
                      const _errs8 = errors;
                      if (errors === _errs8) {
                        if (Array.isArray(data3)) {
                          var valid3 = true;
                          const len0 = data3.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data4 = data3[i0];
                            const _errs10 = errors;
                            if (errors === _errs10) {
                              if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                              } else {
                                validate62.errors = [
                                  {
                                    instancePath: instancePath + '/allowed_tools/tools/' + i0,
                                    schemaPath:
                                      '#/components/schemas/ChatCompletionAllowedTools/properties/tools/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object',
                                  },
                                ];
                                return false;
                              }
                            }
                            var valid3 = _errs10 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate62.errors = [
                            {
                              instancePath: instancePath + '/allowed_tools/tools',
                              schemaPath:
                                '#/components/schemas/ChatCompletionAllowedTools/properties/tools/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                  }
                }
              } else {
                validate62.errors = [
                  {
                    instancePath: instancePath + '/allowed_tools',
                    schemaPath: '#/components/schemas/ChatCompletionAllowedTools/type',
                    keyword: 'type',
                    params: { type: 'object' },
                    message: 'must be object',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs3 === errors;
          } else {
            var valid0 = true;
          }
        }
      }
    } else {
      validate62.errors = [
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
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = {
  props: { type: true, allowed_tools: true },
  dynamicProps: false,
  dynamicItems: false,
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
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (typeof data !== 'string') {
    const err0 = {
      instancePath,
      schemaPath: '#/oneOf/0/type',
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
  if (!(data === 'none' || data === 'auto' || data === 'required')) {
    const err1 = {
      instancePath,
      schemaPath: '#/oneOf/0/enum',
      keyword: 'enum',
      params: { allowedValues: schema56.oneOf[0].enum },
      message: 'must be equal to one of the allowed values',
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (!validate62(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
    errors = vErrors.length;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = {};
      props0.type = true;
      props0.allowed_tools = true;
    }
    const _errs4 = errors;
    const _errs5 = errors;
    if (errors === _errs5) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        let missing0;
        if (
          (data.type === undefined && (missing0 = 'type')) ||
          (data.function === undefined && (missing0 = 'function'))
        ) {
          const err2 = {
            instancePath,
            schemaPath: '#/components/schemas/ChatCompletionNamedToolChoice/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        } else {
          if (data.type !== undefined) {
            let data0 = data.type;
            const _errs7 = errors;
            if (typeof data0 !== 'string') {
              const err3 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/components/schemas/ChatCompletionNamedToolChoice/properties/type/type',
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
            if (!(data0 === 'function')) {
              const err4 = {
                instancePath: instancePath + '/type',
                schemaPath: '#/components/schemas/ChatCompletionNamedToolChoice/properties/type/enum',
                keyword: 'enum',
                params: { allowedValues: schema59.properties.type.enum },
                message: 'must be equal to one of the allowed values',
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            var valid2 = _errs7 === errors;
          } else {
            var valid2 = true;
          }
          if (valid2) {
            if (data.function !== undefined) {
              let data1 = data.function;
              const _errs9 = errors;
              if (errors === _errs9) {
                if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                  let missing1;
                  if (data1.name === undefined && (missing1 = 'name')) {
                    const err5 = {
                      instancePath: instancePath + '/function',
                      schemaPath:
                        '#/components/schemas/ChatCompletionNamedToolChoice/properties/function/required',
                      keyword: 'required',
                      params: { missingProperty: missing1 },
                      message: "must have required property '" + missing1 + "'",
                    };
                    if (vErrors === null) {
                      vErrors = [err5];
                    } else {
                      vErrors.push(err5);
                    }
                    errors++;
                  } else {
                    if (data1.name !== undefined) {
                      if (typeof data1.name !== 'string') {
                        const err6 = {
                          instancePath: instancePath + '/function/name',
                          schemaPath:
                            '#/components/schemas/ChatCompletionNamedToolChoice/properties/function/properties/name/type',
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
                    }
                  }
                } else {
                  const err7 = {
                    instancePath: instancePath + '/function',
                    schemaPath: '#/components/schemas/ChatCompletionNamedToolChoice/properties/function/type',
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
              var valid2 = _errs9 === errors;
            } else {
              var valid2 = true;
            }
          }
        }
      } else {
        const err8 = {
          instancePath,
          schemaPath: '#/components/schemas/ChatCompletionNamedToolChoice/type',
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
    var _valid0 = _errs4 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = props0 || {};
          props0.type = true;
          props0.function = true;
        }
      }
      const _errs13 = errors;
      const _errs14 = errors;
      if (errors === _errs14) {
        if (data && typeof data == 'object' && !Array.isArray(data)) {
          let missing2;
          if (
            (data.type === undefined && (missing2 = 'type')) ||
            (data.custom === undefined && (missing2 = 'custom'))
          ) {
            const err9 = {
              instancePath,
              schemaPath: '#/components/schemas/ChatCompletionNamedToolChoiceCustom/required',
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
            if (data.type !== undefined) {
              let data3 = data.type;
              const _errs16 = errors;
              if (typeof data3 !== 'string') {
                const err10 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/components/schemas/ChatCompletionNamedToolChoiceCustom/properties/type/type',
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
              if (!(data3 === 'custom')) {
                const err11 = {
                  instancePath: instancePath + '/type',
                  schemaPath: '#/components/schemas/ChatCompletionNamedToolChoiceCustom/properties/type/enum',
                  keyword: 'enum',
                  params: { allowedValues: schema60.properties.type.enum },
                  message: 'must be equal to one of the allowed values',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              var valid5 = _errs16 === errors;
            } else {
              var valid5 = true;
            }
            if (valid5) {
              if (data.custom !== undefined) {
                let data4 = data.custom;
                const _errs18 = errors;
                if (errors === _errs18) {
                  if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                    let missing3;
                    if (data4.name === undefined && (missing3 = 'name')) {
                      const err12 = {
                        instancePath: instancePath + '/custom',
                        schemaPath:
                          '#/components/schemas/ChatCompletionNamedToolChoiceCustom/properties/custom/required',
                        keyword: 'required',
                        params: { missingProperty: missing3 },
                        message: "must have required property '" + missing3 + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                    } else {
                      if (data4.name !== undefined) {
                        if (typeof data4.name !== 'string') {
                          const err13 = {
                            instancePath: instancePath + '/custom/name',
                            schemaPath:
                              '#/components/schemas/ChatCompletionNamedToolChoiceCustom/properties/custom/properties/name/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                    }
                  } else {
                    const err14 = {
                      instancePath: instancePath + '/custom',
                      schemaPath:
                        '#/components/schemas/ChatCompletionNamedToolChoiceCustom/properties/custom/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                var valid5 = _errs18 === errors;
              } else {
                var valid5 = true;
              }
            }
          }
        } else {
          const err15 = {
            instancePath,
            schemaPath: '#/components/schemas/ChatCompletionNamedToolChoiceCustom/type',
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
      var _valid0 = _errs13 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = props0 || {};
            props0.type = true;
            props0.custom = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err16 = {
      instancePath,
      schemaPath: '#/oneOf',
      keyword: 'oneOf',
      params: { passingSchemas: passing0 },
      message: 'must match exactly one schema in oneOf',
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
    validate61.errors = vErrors;
    return false;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate61.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate61.evaluated = { dynamicProps: true, dynamicItems: false };

const schema63 = {
  type: 'object',
  deprecated: true,
  properties: {
    description: { type: 'string' },
    name: { type: 'string' },
    parameters: { $ref: '#/components/schemas/FunctionParameters' },
  },
  required: ['name'],
};

function validate65(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.name === undefined && (missing0 = 'name')) {
        validate65.errors = [
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
        if (data.description !== undefined) {
          const _errs1 = errors;
          if (typeof data.description !== 'string') {
            validate65.errors = [
              {
                instancePath: instancePath + '/description',
                schemaPath: '#/properties/description/type',
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
          if (data.name !== undefined) {
            const _errs3 = errors;
            if (typeof data.name !== 'string') {
              validate65.errors = [
                {
                  instancePath: instancePath + '/name',
                  schemaPath: '#/properties/name/type',
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
            if (data.parameters !== undefined) {
              let data2 = data.parameters;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                } else {
                  validate65.errors = [
                    {
                      instancePath: instancePath + '/parameters',
                      schemaPath: '#/components/schemas/FunctionParameters/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
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
      validate65.errors = [
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
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = {
  props: { description: true, name: true, parameters: true },
  dynamicProps: false,
  dynamicItems: false,
};

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
  const _errs0 = errors;
  if (!validate3(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
    vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
    errors = vErrors.length;
  }
  var valid0 = _errs0 === errors;
  if (valid0) {
    const _errs1 = errors;
    if (errors === _errs1) {
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        if (data.frequency_penalty === undefined) {
          data.frequency_penalty = 0;
        }
        if (data.presence_penalty === undefined) {
          data.presence_penalty = 0;
        }
        if (data.store === undefined) {
          data.store = false;
        }
        if (data.stream === undefined) {
          data.stream = false;
        }
        if (data.logit_bias === undefined) {
          data.logit_bias = null;
        }
        if (data.logprobs === undefined) {
          data.logprobs = false;
        }
        if (data.n === undefined) {
          data.n = 1;
        }
        let missing0;
        if (
          (data.model === undefined && (missing0 = 'model')) ||
          (data.messages === undefined && (missing0 = 'messages'))
        ) {
          validate2.errors = [
            {
              instancePath,
              schemaPath: '#/allOf/1/required',
              keyword: 'required',
              params: { missingProperty: missing0 },
              message: "must have required property '" + missing0 + "'",
            },
          ];
          return false;
        } else {
          if (data.messages !== undefined) {
            let data0 = data.messages;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data0)) {
                if (data0.length < 1) {
                  validate2.errors = [
                    {
                      instancePath: instancePath + '/messages',
                      schemaPath: '#/allOf/1/properties/messages/minItems',
                      keyword: 'minItems',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 items',
                    },
                  ];
                  return false;
                } else {
                  var valid2 = true;
                  const len0 = data0.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs5 = errors;
                    if (
                      !validate9(data0[i0], {
                        instancePath: instancePath + '/messages/' + i0,
                        parentData: data0,
                        parentDataProperty: i0,
                        rootData,
                        dynamicAnchors,
                      })
                    ) {
                      vErrors = vErrors === null ? validate9.errors : vErrors.concat(validate9.errors);
                      errors = vErrors.length;
                    }
                    var valid2 = _errs5 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                }
              } else {
                validate2.errors = [
                  {
                    instancePath: instancePath + '/messages',
                    schemaPath: '#/allOf/1/properties/messages/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  },
                ];
                return false;
              }
            }
            var valid1 = _errs3 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.model !== undefined) {
              const _errs6 = errors;
              if (typeof data.model !== 'string') {
                validate2.errors = [
                  {
                    instancePath: instancePath + '/model',
                    schemaPath: '#/components/schemas/ModelIdsShared/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid1 = _errs6 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.service_tier !== undefined) {
                let data3 = data.service_tier;
                const _errs9 = errors;
                const _errs11 = errors;
                let valid5 = false;
                const _errs12 = errors;
                if (typeof data3 !== 'string') {
                  const err0 = {
                    instancePath: instancePath + '/service_tier',
                    schemaPath: '#/components/schemas/ServiceTier/anyOf/0/type',
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
                if (!(
                  data3 === 'auto' ||
                  data3 === 'default' ||
                  data3 === 'flex' ||
                  data3 === 'scale' ||
                  data3 === 'priority' ||
                  data3 === 'fast'
                )) {
                  const err1 = {
                    instancePath: instancePath + '/service_tier',
                    schemaPath: '#/components/schemas/ServiceTier/anyOf/0/enum',
                    keyword: 'enum',
                    params: { allowedValues: schema33.anyOf[0].enum },
                    message: 'must be equal to one of the allowed values',
                  };
                  if (vErrors === null) {
                    vErrors = [err1];
                  } else {
                    vErrors.push(err1);
                  }
                  errors++;
                }
                var _valid0 = _errs12 === errors;
                valid5 = valid5 || _valid0;
                const _errs14 = errors;
                if (data3 !== null) {
                  const err2 = {
                    instancePath: instancePath + '/service_tier',
                    schemaPath: '#/components/schemas/ServiceTier/anyOf/1/type',
                    keyword: 'type',
                    params: { type: 'null' },
                    message: 'must be null',
                  };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
                var _valid0 = _errs14 === errors;
                valid5 = valid5 || _valid0;
                if (!valid5) {
                  const err3 = {
                    instancePath: instancePath + '/service_tier',
                    schemaPath: '#/components/schemas/ServiceTier/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf',
                  };
                  if (vErrors === null) {
                    vErrors = [err3];
                  } else {
                    vErrors.push(err3);
                  }
                  errors++;
                  validate2.errors = vErrors;
                  return false;
                } else {
                  errors = _errs11;
                  if (vErrors !== null) {
                    if (_errs11) {
                      vErrors.length = _errs11;
                    } else {
                      vErrors = null;
                    }
                  }
                }
                var valid1 = _errs9 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.modalities !== undefined) {
                  let data4 = data.modalities;
                  const _errs16 = errors;
                  const _errs18 = errors;
                  let valid7 = false;
                  const _errs19 = errors;
                  if (errors === _errs19) {
                    if (Array.isArray(data4)) {
                      var valid8 = true;
                      const len1 = data4.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        let data5 = data4[i1];
                        const _errs21 = errors;
                        if (typeof data5 !== 'string') {
                          const err4 = {
                            instancePath: instancePath + '/modalities/' + i1,
                            schemaPath: '#/components/schemas/ResponseModalities/anyOf/0/items/type',
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
                        if (!(data5 === 'text' || data5 === 'audio')) {
                          const err5 = {
                            instancePath: instancePath + '/modalities/' + i1,
                            schemaPath: '#/components/schemas/ResponseModalities/anyOf/0/items/enum',
                            keyword: 'enum',
                            params: { allowedValues: schema34.anyOf[0].items.enum },
                            message: 'must be equal to one of the allowed values',
                          };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                        }
                        var valid8 = _errs21 === errors;
                        if (!valid8) {
                          break;
                        }
                      }
                    } else {
                      const err6 = {
                        instancePath: instancePath + '/modalities',
                        schemaPath: '#/components/schemas/ResponseModalities/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  }
                  var _valid1 = _errs19 === errors;
                  valid7 = valid7 || _valid1;
                  const _errs23 = errors;
                  if (data4 !== null) {
                    const err7 = {
                      instancePath: instancePath + '/modalities',
                      schemaPath: '#/components/schemas/ResponseModalities/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null',
                    };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                  var _valid1 = _errs23 === errors;
                  valid7 = valid7 || _valid1;
                  if (!valid7) {
                    const err8 = {
                      instancePath: instancePath + '/modalities',
                      schemaPath: '#/components/schemas/ResponseModalities/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err8];
                    } else {
                      vErrors.push(err8);
                    }
                    errors++;
                    validate2.errors = vErrors;
                    return false;
                  } else {
                    errors = _errs18;
                    if (vErrors !== null) {
                      if (_errs18) {
                        vErrors.length = _errs18;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                  var valid1 = _errs16 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.verbosity !== undefined) {
                    let data6 = data.verbosity;
                    const _errs25 = errors;
                    const _errs27 = errors;
                    let valid10 = false;
                    const _errs28 = errors;
                    if (typeof data6 !== 'string') {
                      const err9 = {
                        instancePath: instancePath + '/verbosity',
                        schemaPath: '#/components/schemas/Verbosity/anyOf/0/type',
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
                    if (!(data6 === 'low' || data6 === 'medium' || data6 === 'high')) {
                      const err10 = {
                        instancePath: instancePath + '/verbosity',
                        schemaPath: '#/components/schemas/Verbosity/anyOf/0/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema35.anyOf[0].enum },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err10];
                      } else {
                        vErrors.push(err10);
                      }
                      errors++;
                    }
                    var _valid2 = _errs28 === errors;
                    valid10 = valid10 || _valid2;
                    const _errs30 = errors;
                    if (data6 !== null) {
                      const err11 = {
                        instancePath: instancePath + '/verbosity',
                        schemaPath: '#/components/schemas/Verbosity/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'null' },
                        message: 'must be null',
                      };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                    var _valid2 = _errs30 === errors;
                    valid10 = valid10 || _valid2;
                    if (!valid10) {
                      const err12 = {
                        instancePath: instancePath + '/verbosity',
                        schemaPath: '#/components/schemas/Verbosity/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err12];
                      } else {
                        vErrors.push(err12);
                      }
                      errors++;
                      validate2.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs27;
                      if (vErrors !== null) {
                        if (_errs27) {
                          vErrors.length = _errs27;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid1 = _errs25 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.reasoning_effort !== undefined) {
                      let data7 = data.reasoning_effort;
                      const _errs32 = errors;
                      const _errs34 = errors;
                      let valid12 = false;
                      const _errs35 = errors;
                      if (typeof data7 !== 'string') {
                        const err13 = {
                          instancePath: instancePath + '/reasoning_effort',
                          schemaPath: '#/components/schemas/ReasoningEffort/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err13];
                        } else {
                          vErrors.push(err13);
                        }
                        errors++;
                      }
                      if (!(
                        data7 === 'none' ||
                        data7 === 'minimal' ||
                        data7 === 'low' ||
                        data7 === 'medium' ||
                        data7 === 'high' ||
                        data7 === 'xhigh' ||
                        data7 === 'max'
                      )) {
                        const err14 = {
                          instancePath: instancePath + '/reasoning_effort',
                          schemaPath: '#/components/schemas/ReasoningEffort/anyOf/0/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema36.anyOf[0].enum },
                          message: 'must be equal to one of the allowed values',
                        };
                        if (vErrors === null) {
                          vErrors = [err14];
                        } else {
                          vErrors.push(err14);
                        }
                        errors++;
                      }
                      var _valid3 = _errs35 === errors;
                      valid12 = valid12 || _valid3;
                      const _errs37 = errors;
                      if (data7 !== null) {
                        const err15 = {
                          instancePath: instancePath + '/reasoning_effort',
                          schemaPath: '#/components/schemas/ReasoningEffort/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null',
                        };
                        if (vErrors === null) {
                          vErrors = [err15];
                        } else {
                          vErrors.push(err15);
                        }
                        errors++;
                      }
                      var _valid3 = _errs37 === errors;
                      valid12 = valid12 || _valid3;
                      if (!valid12) {
                        const err16 = {
                          instancePath: instancePath + '/reasoning_effort',
                          schemaPath: '#/components/schemas/ReasoningEffort/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf',
                        };
                        if (vErrors === null) {
                          vErrors = [err16];
                        } else {
                          vErrors.push(err16);
                        }
                        errors++;
                        validate2.errors = vErrors;
                        return false;
                      } else {
                        errors = _errs34;
                        if (vErrors !== null) {
                          if (_errs34) {
                            vErrors.length = _errs34;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                      var valid1 = _errs32 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.max_completion_tokens !== undefined) {
                        let data8 = data.max_completion_tokens;
                        const _errs39 = errors;
                        if (
                          !(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8)) &&
                          data8 !== null
                        ) {
                          validate2.errors = [
                            {
                              instancePath: instancePath + '/max_completion_tokens',
                              schemaPath: '#/allOf/1/properties/max_completion_tokens/type',
                              keyword: 'type',
                              params: { type: schema2.allOf[1].properties.max_completion_tokens.type },
                              message: 'must be integer,null',
                            },
                          ];
                          return false;
                        }
                        var valid1 = _errs39 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        let data9 = data.frequency_penalty;
                        const _errs41 = errors;
                        if (!(typeof data9 == 'number' && isFinite(data9)) && data9 !== null) {
                          validate2.errors = [
                            {
                              instancePath: instancePath + '/frequency_penalty',
                              schemaPath: '#/allOf/1/properties/frequency_penalty/type',
                              keyword: 'type',
                              params: { type: schema2.allOf[1].properties.frequency_penalty.type },
                              message: 'must be number,null',
                            },
                          ];
                          return false;
                        }
                        if (errors === _errs41) {
                          if (typeof data9 == 'number' && isFinite(data9)) {
                            if (data9 > 2 || isNaN(data9)) {
                              validate2.errors = [
                                {
                                  instancePath: instancePath + '/frequency_penalty',
                                  schemaPath: '#/allOf/1/properties/frequency_penalty/maximum',
                                  keyword: 'maximum',
                                  params: { comparison: '<=', limit: 2 },
                                  message: 'must be <= 2',
                                },
                              ];
                              return false;
                            } else {
                              if (data9 < -2 || isNaN(data9)) {
                                validate2.errors = [
                                  {
                                    instancePath: instancePath + '/frequency_penalty',
                                    schemaPath: '#/allOf/1/properties/frequency_penalty/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: -2 },
                                    message: 'must be >= -2',
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                        }
                        var valid1 = _errs41 === errors;
                        if (valid1) {
                          let data10 = data.presence_penalty;
                          const _errs43 = errors;
                          if (!(typeof data10 == 'number' && isFinite(data10)) && data10 !== null) {
                            validate2.errors = [
                              {
                                instancePath: instancePath + '/presence_penalty',
                                schemaPath: '#/allOf/1/properties/presence_penalty/type',
                                keyword: 'type',
                                params: { type: schema2.allOf[1].properties.presence_penalty.type },
                                message: 'must be number,null',
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs43) {
                            if (typeof data10 == 'number' && isFinite(data10)) {
                              if (data10 > 2 || isNaN(data10)) {
                                validate2.errors = [
                                  {
                                    instancePath: instancePath + '/presence_penalty',
                                    schemaPath: '#/allOf/1/properties/presence_penalty/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 2 },
                                    message: 'must be <= 2',
                                  },
                                ];
                                return false;
                              } else {
                                if (data10 < -2 || isNaN(data10)) {
                                  validate2.errors = [
                                    {
                                      instancePath: instancePath + '/presence_penalty',
                                      schemaPath: '#/allOf/1/properties/presence_penalty/minimum',
                                      keyword: 'minimum',
                                      params: { comparison: '>=', limit: -2 },
                                      message: 'must be >= -2',
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid1 = _errs43 === errors;
                          if (valid1) {
                            if (data.web_search_options !== undefined) {
                              let data11 = data.web_search_options;
                              const _errs45 = errors;
                              if (errors === _errs45) {
                                if (data11 && typeof data11 == 'object' && !Array.isArray(data11)) {
                                  if (data11.user_location !== undefined) {
                                    let data12 = data11.user_location;
                                    const _errs47 = errors;
                                    if (
                                      !(data12 && typeof data12 == 'object' && !Array.isArray(data12)) &&
                                      data12 !== null
                                    ) {
                                      validate2.errors = [
                                        {
                                          instancePath: instancePath + '/web_search_options/user_location',
                                          schemaPath:
                                            '#/allOf/1/properties/web_search_options/properties/user_location/type',
                                          keyword: 'type',
                                          params: {
                                            type: schema2.allOf[1].properties.web_search_options.properties
                                              .user_location.type,
                                          },
                                          message: 'must be object,null',
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs47) {
                                      if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                                        let missing1;
                                        if (
                                          (data12.type === undefined && (missing1 = 'type')) ||
                                          (data12.approximate === undefined && (missing1 = 'approximate'))
                                        ) {
                                          validate2.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/web_search_options/user_location',
                                              schemaPath:
                                                '#/allOf/1/properties/web_search_options/properties/user_location/required',
                                              keyword: 'required',
                                              params: { missingProperty: missing1 },
                                              message: "must have required property '" + missing1 + "'",
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data12.type !== undefined) {
                                            let data13 = data12.type;
                                            const _errs49 = errors;
                                            if (typeof data13 !== 'string') {
                                              validate2.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/web_search_options/user_location/type',
                                                  schemaPath:
                                                    '#/allOf/1/properties/web_search_options/properties/user_location/properties/type/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            if (!(data13 === 'approximate')) {
                                              validate2.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/web_search_options/user_location/type',
                                                  schemaPath:
                                                    '#/allOf/1/properties/web_search_options/properties/user_location/properties/type/enum',
                                                  keyword: 'enum',
                                                  params: {
                                                    allowedValues:
                                                      schema2.allOf[1].properties.web_search_options
                                                        .properties.user_location.properties.type.enum,
                                                  },
                                                  message: 'must be equal to one of the allowed values',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid14 = _errs49 === errors;
                                          } else {
                                            var valid14 = true;
                                          }
                                          if (valid14) {
                                            if (data12.approximate !== undefined) {
                                              let data14 = data12.approximate;
                                              const _errs51 = errors;
                                              const _errs52 = errors;
                                              if (errors === _errs52) {
                                                if (
                                                  data14 &&
                                                  typeof data14 == 'object' &&
                                                  !Array.isArray(data14)
                                                ) {
                                                  if (data14.country !== undefined) {
                                                    const _errs54 = errors;
                                                    if (typeof data14.country !== 'string') {
                                                      validate2.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/web_search_options/user_location/approximate/country',
                                                          schemaPath:
                                                            '#/components/schemas/WebSearchLocation/properties/country/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid16 = _errs54 === errors;
                                                  } else {
                                                    var valid16 = true;
                                                  }
                                                  if (valid16) {
                                                    if (data14.region !== undefined) {
                                                      const _errs56 = errors;
                                                      if (typeof data14.region !== 'string') {
                                                        validate2.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/web_search_options/user_location/approximate/region',
                                                            schemaPath:
                                                              '#/components/schemas/WebSearchLocation/properties/region/type',
                                                            keyword: 'type',
                                                            params: { type: 'string' },
                                                            message: 'must be string',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid16 = _errs56 === errors;
                                                    } else {
                                                      var valid16 = true;
                                                    }
                                                    if (valid16) {
                                                      if (data14.city !== undefined) {
                                                        const _errs58 = errors;
                                                        if (typeof data14.city !== 'string') {
                                                          validate2.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/web_search_options/user_location/approximate/city',
                                                              schemaPath:
                                                                '#/components/schemas/WebSearchLocation/properties/city/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid16 = _errs58 === errors;
                                                      } else {
                                                        var valid16 = true;
                                                      }
                                                      if (valid16) {
                                                        if (data14.timezone !== undefined) {
                                                          const _errs60 = errors;
                                                          if (typeof data14.timezone !== 'string') {
                                                            validate2.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/web_search_options/user_location/approximate/timezone',
                                                                schemaPath:
                                                                  '#/components/schemas/WebSearchLocation/properties/timezone/type',
                                                                keyword: 'type',
                                                                params: { type: 'string' },
                                                                message: 'must be string',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          var valid16 = _errs60 === errors;
                                                        } else {
                                                          var valid16 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate2.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/web_search_options/user_location/approximate',
                                                      schemaPath:
                                                        '#/components/schemas/WebSearchLocation/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid14 = _errs51 === errors;
                                            } else {
                                              var valid14 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                    var valid13 = _errs47 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data11.search_context_size !== undefined) {
                                      let data19 = data11.search_context_size;
                                      const _errs62 = errors;
                                      if (typeof data19 !== 'string') {
                                        validate2.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/web_search_options/search_context_size',
                                            schemaPath: '#/components/schemas/WebSearchContextSize/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (!(data19 === 'low' || data19 === 'medium' || data19 === 'high')) {
                                        validate2.errors = [
                                          {
                                            instancePath:
                                              instancePath + '/web_search_options/search_context_size',
                                            schemaPath: '#/components/schemas/WebSearchContextSize/enum',
                                            keyword: 'enum',
                                            params: { allowedValues: schema38.enum },
                                            message: 'must be equal to one of the allowed values',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid13 = _errs62 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                  }
                                } else {
                                  validate2.errors = [
                                    {
                                      instancePath: instancePath + '/web_search_options',
                                      schemaPath: '#/allOf/1/properties/web_search_options/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object',
                                    },
                                  ];
                                  return false;
                                }
                              }
                              var valid1 = _errs45 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.top_logprobs !== undefined) {
                                let data20 = data.top_logprobs;
                                const _errs65 = errors;
                                if (
                                  !(
                                    typeof data20 == 'number' &&
                                    !(data20 % 1) &&
                                    !isNaN(data20) &&
                                    isFinite(data20)
                                  ) &&
                                  data20 !== null
                                ) {
                                  validate2.errors = [
                                    {
                                      instancePath: instancePath + '/top_logprobs',
                                      schemaPath: '#/allOf/1/properties/top_logprobs/type',
                                      keyword: 'type',
                                      params: { type: schema2.allOf[1].properties.top_logprobs.type },
                                      message: 'must be integer,null',
                                    },
                                  ];
                                  return false;
                                }
                                if (errors === _errs65) {
                                  if (typeof data20 == 'number' && isFinite(data20)) {
                                    if (data20 > 20 || isNaN(data20)) {
                                      validate2.errors = [
                                        {
                                          instancePath: instancePath + '/top_logprobs',
                                          schemaPath: '#/allOf/1/properties/top_logprobs/maximum',
                                          keyword: 'maximum',
                                          params: { comparison: '<=', limit: 20 },
                                          message: 'must be <= 20',
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (data20 < 0 || isNaN(data20)) {
                                        validate2.errors = [
                                          {
                                            instancePath: instancePath + '/top_logprobs',
                                            schemaPath: '#/allOf/1/properties/top_logprobs/minimum',
                                            keyword: 'minimum',
                                            params: { comparison: '>=', limit: 0 },
                                            message: 'must be >= 0',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                  }
                                }
                                var valid1 = _errs65 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data.response_format !== undefined) {
                                  let data21 = data.response_format;
                                  const _errs67 = errors;
                                  const _errs68 = errors;
                                  let valid18 = false;
                                  let passing0 = null;
                                  const _errs69 = errors;
                                  const _errs70 = errors;
                                  if (errors === _errs70) {
                                    if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                                      let missing2;
                                      if (data21.type === undefined && (missing2 = 'type')) {
                                        const err17 = {
                                          instancePath: instancePath + '/response_format',
                                          schemaPath: '#/components/schemas/ResponseFormatText/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing2 },
                                          message: "must have required property '" + missing2 + "'",
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err17];
                                        } else {
                                          vErrors.push(err17);
                                        }
                                        errors++;
                                      } else {
                                        if (data21.type !== undefined) {
                                          let data22 = data21.type;
                                          if (typeof data22 !== 'string') {
                                            const err18 = {
                                              instancePath: instancePath + '/response_format/type',
                                              schemaPath:
                                                '#/components/schemas/ResponseFormatText/properties/type/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err18];
                                            } else {
                                              vErrors.push(err18);
                                            }
                                            errors++;
                                          }
                                          if (!(data22 === 'text')) {
                                            const err19 = {
                                              instancePath: instancePath + '/response_format/type',
                                              schemaPath:
                                                '#/components/schemas/ResponseFormatText/properties/type/enum',
                                              keyword: 'enum',
                                              params: { allowedValues: schema39.properties.type.enum },
                                              message: 'must be equal to one of the allowed values',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err19];
                                            } else {
                                              vErrors.push(err19);
                                            }
                                            errors++;
                                          }
                                        }
                                      }
                                    } else {
                                      const err20 = {
                                        instancePath: instancePath + '/response_format',
                                        schemaPath: '#/components/schemas/ResponseFormatText/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err20];
                                      } else {
                                        vErrors.push(err20);
                                      }
                                      errors++;
                                    }
                                  }
                                  var _valid4 = _errs69 === errors;
                                  if (_valid4) {
                                    valid18 = true;
                                    passing0 = 0;
                                    var props1 = {};
                                    props1.type = true;
                                  }
                                  const _errs74 = errors;
                                  if (
                                    !validate43(data21, {
                                      instancePath: instancePath + '/response_format',
                                      parentData: data,
                                      parentDataProperty: 'response_format',
                                      rootData,
                                      dynamicAnchors,
                                    })
                                  ) {
                                    vErrors =
                                      vErrors === null
                                        ? validate43.errors
                                        : vErrors.concat(validate43.errors);
                                    errors = vErrors.length;
                                  }
                                  var _valid4 = _errs74 === errors;
                                  if (_valid4 && valid18) {
                                    valid18 = false;
                                    passing0 = [passing0, 1];
                                  } else {
                                    if (_valid4) {
                                      valid18 = true;
                                      passing0 = 1;
                                      if (props1 !== true) {
                                        props1 = props1 || {};
                                        props1.type = true;
                                        props1.json_schema = true;
                                      }
                                    }
                                    const _errs75 = errors;
                                    const _errs76 = errors;
                                    if (errors === _errs76) {
                                      if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
                                        let missing3;
                                        if (data21.type === undefined && (missing3 = 'type')) {
                                          const err21 = {
                                            instancePath: instancePath + '/response_format',
                                            schemaPath:
                                              '#/components/schemas/ResponseFormatJsonObject/required',
                                            keyword: 'required',
                                            params: { missingProperty: missing3 },
                                            message: "must have required property '" + missing3 + "'",
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err21];
                                          } else {
                                            vErrors.push(err21);
                                          }
                                          errors++;
                                        } else {
                                          if (data21.type !== undefined) {
                                            let data23 = data21.type;
                                            if (typeof data23 !== 'string') {
                                              const err22 = {
                                                instancePath: instancePath + '/response_format/type',
                                                schemaPath:
                                                  '#/components/schemas/ResponseFormatJsonObject/properties/type/type',
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
                                            if (!(data23 === 'json_object')) {
                                              const err23 = {
                                                instancePath: instancePath + '/response_format/type',
                                                schemaPath:
                                                  '#/components/schemas/ResponseFormatJsonObject/properties/type/enum',
                                                keyword: 'enum',
                                                params: { allowedValues: schema42.properties.type.enum },
                                                message: 'must be equal to one of the allowed values',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err23];
                                              } else {
                                                vErrors.push(err23);
                                              }
                                              errors++;
                                            }
                                          }
                                        }
                                      } else {
                                        const err24 = {
                                          instancePath: instancePath + '/response_format',
                                          schemaPath: '#/components/schemas/ResponseFormatJsonObject/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err24];
                                        } else {
                                          vErrors.push(err24);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid4 = _errs75 === errors;
                                    if (_valid4 && valid18) {
                                      valid18 = false;
                                      passing0 = [passing0, 2];
                                    } else {
                                      if (_valid4) {
                                        valid18 = true;
                                        passing0 = 2;
                                        if (props1 !== true) {
                                          props1 = props1 || {};
                                          props1.type = true;
                                        }
                                      }
                                    }
                                  }
                                  if (!valid18) {
                                    const err25 = {
                                      instancePath: instancePath + '/response_format',
                                      schemaPath: '#/allOf/1/properties/response_format/oneOf',
                                      keyword: 'oneOf',
                                      params: { passingSchemas: passing0 },
                                      message: 'must match exactly one schema in oneOf',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err25];
                                    } else {
                                      vErrors.push(err25);
                                    }
                                    errors++;
                                    validate2.errors = vErrors;
                                    return false;
                                  } else {
                                    errors = _errs68;
                                    if (vErrors !== null) {
                                      if (_errs68) {
                                        vErrors.length = _errs68;
                                      } else {
                                        vErrors = null;
                                      }
                                    }
                                  }
                                  var valid1 = _errs67 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data.audio !== undefined) {
                                    let data24 = data.audio;
                                    const _errs80 = errors;
                                    if (
                                      !(data24 && typeof data24 == 'object' && !Array.isArray(data24)) &&
                                      data24 !== null
                                    ) {
                                      validate2.errors = [
                                        {
                                          instancePath: instancePath + '/audio',
                                          schemaPath: '#/allOf/1/properties/audio/type',
                                          keyword: 'type',
                                          params: { type: schema2.allOf[1].properties.audio.type },
                                          message: 'must be object,null',
                                        },
                                      ];
                                      return false;
                                    }
                                    if (errors === _errs80) {
                                      if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                                        let missing4;
                                        if (
                                          (data24.voice === undefined && (missing4 = 'voice')) ||
                                          (data24.format === undefined && (missing4 = 'format'))
                                        ) {
                                          validate2.errors = [
                                            {
                                              instancePath: instancePath + '/audio',
                                              schemaPath: '#/allOf/1/properties/audio/required',
                                              keyword: 'required',
                                              params: { missingProperty: missing4 },
                                              message: "must have required property '" + missing4 + "'",
                                            },
                                          ];
                                          return false;
                                        } else {
                                          if (data24.voice !== undefined) {
                                            const _errs82 = errors;
                                            if (
                                              !validate45(data24.voice, {
                                                instancePath: instancePath + '/audio/voice',
                                                parentData: data24,
                                                parentDataProperty: 'voice',
                                                rootData,
                                                dynamicAnchors,
                                              })
                                            ) {
                                              vErrors =
                                                vErrors === null
                                                  ? validate45.errors
                                                  : vErrors.concat(validate45.errors);
                                              errors = vErrors.length;
                                            }
                                            var valid23 = _errs82 === errors;
                                          } else {
                                            var valid23 = true;
                                          }
                                          if (valid23) {
                                            if (data24.format !== undefined) {
                                              let data26 = data24.format;
                                              const _errs83 = errors;
                                              if (typeof data26 !== 'string') {
                                                validate2.errors = [
                                                  {
                                                    instancePath: instancePath + '/audio/format',
                                                    schemaPath:
                                                      '#/allOf/1/properties/audio/properties/format/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string',
                                                  },
                                                ];
                                                return false;
                                              }
                                              if (!(
                                                data26 === 'wav' ||
                                                data26 === 'aac' ||
                                                data26 === 'mp3' ||
                                                data26 === 'flac' ||
                                                data26 === 'opus' ||
                                                data26 === 'pcm16'
                                              )) {
                                                validate2.errors = [
                                                  {
                                                    instancePath: instancePath + '/audio/format',
                                                    schemaPath:
                                                      '#/allOf/1/properties/audio/properties/format/enum',
                                                    keyword: 'enum',
                                                    params: {
                                                      allowedValues:
                                                        schema2.allOf[1].properties.audio.properties.format
                                                          .enum,
                                                    },
                                                    message: 'must be equal to one of the allowed values',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid23 = _errs83 === errors;
                                            } else {
                                              var valid23 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                    var valid1 = _errs80 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    let data27 = data.store;
                                    const _errs85 = errors;
                                    if (typeof data27 !== 'boolean' && data27 !== null) {
                                      validate2.errors = [
                                        {
                                          instancePath: instancePath + '/store',
                                          schemaPath: '#/allOf/1/properties/store/type',
                                          keyword: 'type',
                                          params: { type: schema2.allOf[1].properties.store.type },
                                          message: 'must be boolean,null',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid1 = _errs85 === errors;
                                    if (valid1) {
                                      if (data.moderation !== undefined) {
                                        let data28 = data.moderation;
                                        const _errs87 = errors;
                                        const _errs88 = errors;
                                        let valid24 = false;
                                        const _errs89 = errors;
                                        if (
                                          !validate47(data28, {
                                            instancePath: instancePath + '/moderation',
                                            parentData: data,
                                            parentDataProperty: 'moderation',
                                            rootData,
                                            dynamicAnchors,
                                          })
                                        ) {
                                          vErrors =
                                            vErrors === null
                                              ? validate47.errors
                                              : vErrors.concat(validate47.errors);
                                          errors = vErrors.length;
                                        }
                                        var _valid5 = _errs89 === errors;
                                        valid24 = valid24 || _valid5;
                                        if (_valid5) {
                                          var props3 = {};
                                          props3.model = true;
                                          props3.policy = true;
                                        }
                                        const _errs90 = errors;
                                        if (data28 !== null) {
                                          const err26 = {
                                            instancePath: instancePath + '/moderation',
                                            schemaPath: '#/allOf/1/properties/moderation/anyOf/1/type',
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
                                        var _valid5 = _errs90 === errors;
                                        valid24 = valid24 || _valid5;
                                        if (!valid24) {
                                          const err27 = {
                                            instancePath: instancePath + '/moderation',
                                            schemaPath: '#/allOf/1/properties/moderation/anyOf',
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
                                          validate2.errors = vErrors;
                                          return false;
                                        } else {
                                          errors = _errs88;
                                          if (vErrors !== null) {
                                            if (_errs88) {
                                              vErrors.length = _errs88;
                                            } else {
                                              vErrors = null;
                                            }
                                          }
                                        }
                                        var valid1 = _errs87 === errors;
                                      } else {
                                        var valid1 = true;
                                      }
                                      if (valid1) {
                                        let data29 = data.stream;
                                        const _errs92 = errors;
                                        if (typeof data29 !== 'boolean' && data29 !== null) {
                                          validate2.errors = [
                                            {
                                              instancePath: instancePath + '/stream',
                                              schemaPath: '#/allOf/1/properties/stream/type',
                                              keyword: 'type',
                                              params: { type: schema2.allOf[1].properties.stream.type },
                                              message: 'must be boolean,null',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid1 = _errs92 === errors;
                                        if (valid1) {
                                          if (data.stop !== undefined) {
                                            let data30 = data.stop;
                                            const _errs94 = errors;
                                            const _errs96 = errors;
                                            let valid26 = false;
                                            const _errs97 = errors;
                                            const _errs98 = errors;
                                            let valid27 = false;
                                            let passing1 = null;
                                            const _errs99 = errors;
                                            if (typeof data30 !== 'string' && data30 !== null) {
                                              const err28 = {
                                                instancePath: instancePath + '/stop',
                                                schemaPath:
                                                  '#/components/schemas/StopConfiguration/anyOf/0/oneOf/0/type',
                                                keyword: 'type',
                                                params: { type: schema49.anyOf[0].oneOf[0].type },
                                                message: 'must be string,null',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err28];
                                              } else {
                                                vErrors.push(err28);
                                              }
                                              errors++;
                                            }
                                            var _valid7 = _errs99 === errors;
                                            if (_valid7) {
                                              valid27 = true;
                                              passing1 = 0;
                                            }
                                            const _errs101 = errors;
                                            if (errors === _errs101) {
                                              if (Array.isArray(data30)) {
                                                if (data30.length > 4) {
                                                  const err29 = {
                                                    instancePath: instancePath + '/stop',
                                                    schemaPath:
                                                      '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/maxItems',
                                                    keyword: 'maxItems',
                                                    params: { limit: 4 },
                                                    message: 'must NOT have more than 4 items',
                                                  };
                                                  if (vErrors === null) {
                                                    vErrors = [err29];
                                                  } else {
                                                    vErrors.push(err29);
                                                  }
                                                  errors++;
                                                } else {
                                                  if (data30.length < 1) {
                                                    const err30 = {
                                                      instancePath: instancePath + '/stop',
                                                      schemaPath:
                                                        '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/minItems',
                                                      keyword: 'minItems',
                                                      params: { limit: 1 },
                                                      message: 'must NOT have fewer than 1 items',
                                                    };
                                                    if (vErrors === null) {
                                                      vErrors = [err30];
                                                    } else {
                                                      vErrors.push(err30);
                                                    }
                                                    errors++;
                                                  } else {
                                                    var valid28 = true;
                                                    const len2 = data30.length;
                                                    for (let i2 = 0; i2 < len2; i2++) {
                                                      const _errs103 = errors;
                                                      if (typeof data30[i2] !== 'string') {
                                                        const err31 = {
                                                          instancePath: instancePath + '/stop/' + i2,
                                                          schemaPath:
                                                            '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/items/type',
                                                          keyword: 'type',
                                                          params: { type: 'string' },
                                                          message: 'must be string',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err31];
                                                        } else {
                                                          vErrors.push(err31);
                                                        }
                                                        errors++;
                                                      }
                                                      var valid28 = _errs103 === errors;
                                                      if (!valid28) {
                                                        break;
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                const err32 = {
                                                  instancePath: instancePath + '/stop',
                                                  schemaPath:
                                                    '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array',
                                                };
                                                if (vErrors === null) {
                                                  vErrors = [err32];
                                                } else {
                                                  vErrors.push(err32);
                                                }
                                                errors++;
                                              }
                                            }
                                            var _valid7 = _errs101 === errors;
                                            if (_valid7 && valid27) {
                                              valid27 = false;
                                              passing1 = [passing1, 1];
                                            } else {
                                              if (_valid7) {
                                                valid27 = true;
                                                passing1 = 1;
                                              }
                                            }
                                            if (!valid27) {
                                              const err33 = {
                                                instancePath: instancePath + '/stop',
                                                schemaPath:
                                                  '#/components/schemas/StopConfiguration/anyOf/0/oneOf',
                                                keyword: 'oneOf',
                                                params: { passingSchemas: passing1 },
                                                message: 'must match exactly one schema in oneOf',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err33];
                                              } else {
                                                vErrors.push(err33);
                                              }
                                              errors++;
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
                                            var _valid6 = _errs97 === errors;
                                            valid26 = valid26 || _valid6;
                                            const _errs105 = errors;
                                            if (data30 !== null) {
                                              const err34 = {
                                                instancePath: instancePath + '/stop',
                                                schemaPath:
                                                  '#/components/schemas/StopConfiguration/anyOf/1/type',
                                                keyword: 'type',
                                                params: { type: 'null' },
                                                message: 'must be null',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err34];
                                              } else {
                                                vErrors.push(err34);
                                              }
                                              errors++;
                                            }
                                            var _valid6 = _errs105 === errors;
                                            valid26 = valid26 || _valid6;
                                            if (!valid26) {
                                              const err35 = {
                                                instancePath: instancePath + '/stop',
                                                schemaPath: '#/components/schemas/StopConfiguration/anyOf',
                                                keyword: 'anyOf',
                                                params: {},
                                                message: 'must match a schema in anyOf',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err35];
                                              } else {
                                                vErrors.push(err35);
                                              }
                                              errors++;
                                              validate2.errors = vErrors;
                                              return false;
                                            } else {
                                              errors = _errs96;
                                              if (vErrors !== null) {
                                                if (_errs96) {
                                                  vErrors.length = _errs96;
                                                } else {
                                                  vErrors = null;
                                                }
                                              }
                                            }
                                            var valid1 = _errs94 === errors;
                                          } else {
                                            var valid1 = true;
                                          }
                                          if (valid1) {
                                            let data32 = data.logit_bias;
                                            const _errs107 = errors;
                                            if (
                                              !(
                                                data32 &&
                                                typeof data32 == 'object' &&
                                                !Array.isArray(data32)
                                              ) &&
                                              data32 !== null
                                            ) {
                                              validate2.errors = [
                                                {
                                                  instancePath: instancePath + '/logit_bias',
                                                  schemaPath: '#/allOf/1/properties/logit_bias/type',
                                                  keyword: 'type',
                                                  params: {
                                                    type: schema2.allOf[1].properties.logit_bias.type,
                                                  },
                                                  message: 'must be object,null',
                                                },
                                              ];
                                              return false;
                                            }
                                            if (errors === _errs107) {
                                              if (
                                                data32 &&
                                                typeof data32 == 'object' &&
                                                !Array.isArray(data32)
                                              ) {
                                                for (const key0 in data32) {
                                                  let data33 = data32[key0];
                                                  const _errs110 = errors;
                                                  if (!(
                                                    typeof data33 == 'number' &&
                                                    !(data33 % 1) &&
                                                    !isNaN(data33) &&
                                                    isFinite(data33)
                                                  )) {
                                                    validate2.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/logit_bias/' +
                                                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                                        schemaPath:
                                                          '#/allOf/1/properties/logit_bias/additionalProperties/type',
                                                        keyword: 'type',
                                                        params: { type: 'integer' },
                                                        message: 'must be integer',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid29 = _errs110 === errors;
                                                  if (!valid29) {
                                                    break;
                                                  }
                                                }
                                              }
                                            }
                                            var valid1 = _errs107 === errors;
                                            if (valid1) {
                                              let data34 = data.logprobs;
                                              const _errs112 = errors;
                                              if (typeof data34 !== 'boolean' && data34 !== null) {
                                                validate2.errors = [
                                                  {
                                                    instancePath: instancePath + '/logprobs',
                                                    schemaPath: '#/allOf/1/properties/logprobs/type',
                                                    keyword: 'type',
                                                    params: {
                                                      type: schema2.allOf[1].properties.logprobs.type,
                                                    },
                                                    message: 'must be boolean,null',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid1 = _errs112 === errors;
                                              if (valid1) {
                                                if (data.max_tokens !== undefined) {
                                                  let data35 = data.max_tokens;
                                                  const _errs114 = errors;
                                                  if (
                                                    !(
                                                      typeof data35 == 'number' &&
                                                      !(data35 % 1) &&
                                                      !isNaN(data35) &&
                                                      isFinite(data35)
                                                    ) &&
                                                    data35 !== null
                                                  ) {
                                                    validate2.errors = [
                                                      {
                                                        instancePath: instancePath + '/max_tokens',
                                                        schemaPath: '#/allOf/1/properties/max_tokens/type',
                                                        keyword: 'type',
                                                        params: {
                                                          type: schema2.allOf[1].properties.max_tokens.type,
                                                        },
                                                        message: 'must be integer,null',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  var valid1 = _errs114 === errors;
                                                } else {
                                                  var valid1 = true;
                                                }
                                                if (valid1) {
                                                  let data36 = data.n;
                                                  const _errs116 = errors;
                                                  if (
                                                    !(
                                                      typeof data36 == 'number' &&
                                                      !(data36 % 1) &&
                                                      !isNaN(data36) &&
                                                      isFinite(data36)
                                                    ) &&
                                                    data36 !== null
                                                  ) {
                                                    validate2.errors = [
                                                      {
                                                        instancePath: instancePath + '/n',
                                                        schemaPath: '#/allOf/1/properties/n/type',
                                                        keyword: 'type',
                                                        params: { type: schema2.allOf[1].properties.n.type },
                                                        message: 'must be integer,null',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                  if (errors === _errs116) {
                                                    if (typeof data36 == 'number' && isFinite(data36)) {
                                                      if (data36 > 128 || isNaN(data36)) {
                                                        validate2.errors = [
                                                          {
                                                            instancePath: instancePath + '/n',
                                                            schemaPath: '#/allOf/1/properties/n/maximum',
                                                            keyword: 'maximum',
                                                            params: { comparison: '<=', limit: 128 },
                                                            message: 'must be <= 128',
                                                          },
                                                        ];
                                                        return false;
                                                      } else {
                                                        if (data36 < 1 || isNaN(data36)) {
                                                          validate2.errors = [
                                                            {
                                                              instancePath: instancePath + '/n',
                                                              schemaPath: '#/allOf/1/properties/n/minimum',
                                                              keyword: 'minimum',
                                                              params: { comparison: '>=', limit: 1 },
                                                              message: 'must be >= 1',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                      }
                                                    }
                                                  }
                                                  var valid1 = _errs116 === errors;
                                                  if (valid1) {
                                                    if (data.prediction !== undefined) {
                                                      let data37 = data.prediction;
                                                      const _errs118 = errors;
                                                      const _errs119 = errors;
                                                      let valid30 = false;
                                                      const _errs120 = errors;
                                                      const _errs121 = errors;
                                                      let valid31 = false;
                                                      let passing2 = null;
                                                      const _errs122 = errors;
                                                      if (
                                                        !validate54(data37, {
                                                          instancePath: instancePath + '/prediction',
                                                          parentData: data,
                                                          parentDataProperty: 'prediction',
                                                          rootData,
                                                          dynamicAnchors,
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate54.errors
                                                            : vErrors.concat(validate54.errors);
                                                        errors = vErrors.length;
                                                      }
                                                      var _valid9 = _errs122 === errors;
                                                      if (_valid9) {
                                                        valid31 = true;
                                                        passing2 = 0;
                                                        var props4 = {};
                                                        props4.type = true;
                                                        props4.content = true;
                                                      }
                                                      if (!valid31) {
                                                        const err36 = {
                                                          instancePath: instancePath + '/prediction',
                                                          schemaPath:
                                                            '#/allOf/1/properties/prediction/anyOf/0/oneOf',
                                                          keyword: 'oneOf',
                                                          params: { passingSchemas: passing2 },
                                                          message: 'must match exactly one schema in oneOf',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err36];
                                                        } else {
                                                          vErrors.push(err36);
                                                        }
                                                        errors++;
                                                      } else {
                                                        errors = _errs121;
                                                        if (vErrors !== null) {
                                                          if (_errs121) {
                                                            vErrors.length = _errs121;
                                                          } else {
                                                            vErrors = null;
                                                          }
                                                        }
                                                      }
                                                      var _valid8 = _errs120 === errors;
                                                      valid30 = valid30 || _valid8;
                                                      const _errs123 = errors;
                                                      if (data37 !== null) {
                                                        const err37 = {
                                                          instancePath: instancePath + '/prediction',
                                                          schemaPath:
                                                            '#/allOf/1/properties/prediction/anyOf/1/type',
                                                          keyword: 'type',
                                                          params: { type: 'null' },
                                                          message: 'must be null',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err37];
                                                        } else {
                                                          vErrors.push(err37);
                                                        }
                                                        errors++;
                                                      }
                                                      var _valid8 = _errs123 === errors;
                                                      valid30 = valid30 || _valid8;
                                                      if (!valid30) {
                                                        const err38 = {
                                                          instancePath: instancePath + '/prediction',
                                                          schemaPath: '#/allOf/1/properties/prediction/anyOf',
                                                          keyword: 'anyOf',
                                                          params: {},
                                                          message: 'must match a schema in anyOf',
                                                        };
                                                        if (vErrors === null) {
                                                          vErrors = [err38];
                                                        } else {
                                                          vErrors.push(err38);
                                                        }
                                                        errors++;
                                                        validate2.errors = vErrors;
                                                        return false;
                                                      } else {
                                                        errors = _errs119;
                                                        if (vErrors !== null) {
                                                          if (_errs119) {
                                                            vErrors.length = _errs119;
                                                          } else {
                                                            vErrors = null;
                                                          }
                                                        }
                                                      }
                                                      var valid1 = _errs118 === errors;
                                                    } else {
                                                      var valid1 = true;
                                                    }
                                                    if (valid1) {
                                                      if (data.seed !== undefined) {
                                                        let data38 = data.seed;
                                                        const _errs125 = errors;
                                                        if (
                                                          !(
                                                            typeof data38 == 'number' &&
                                                            !(data38 % 1) &&
                                                            !isNaN(data38) &&
                                                            isFinite(data38)
                                                          ) &&
                                                          data38 !== null
                                                        ) {
                                                          validate2.errors = [
                                                            {
                                                              instancePath: instancePath + '/seed',
                                                              schemaPath: '#/allOf/1/properties/seed/type',
                                                              keyword: 'type',
                                                              params: {
                                                                type: schema2.allOf[1].properties.seed.type,
                                                              },
                                                              message: 'must be integer,null',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        if (errors === _errs125) {
                                                          if (typeof data38 == 'number' && isFinite(data38)) {
                                                            if (
                                                              data38 > 9223372036854776000 ||
                                                              isNaN(data38)
                                                            ) {
                                                              validate2.errors = [
                                                                {
                                                                  instancePath: instancePath + '/seed',
                                                                  schemaPath:
                                                                    '#/allOf/1/properties/seed/maximum',
                                                                  keyword: 'maximum',
                                                                  params: {
                                                                    comparison: '<=',
                                                                    limit: 9223372036854776000,
                                                                  },
                                                                  message: 'must be <= 9223372036854776000',
                                                                },
                                                              ];
                                                              return false;
                                                            } else {
                                                              if (
                                                                data38 < -9223372036854776000 ||
                                                                isNaN(data38)
                                                              ) {
                                                                validate2.errors = [
                                                                  {
                                                                    instancePath: instancePath + '/seed',
                                                                    schemaPath:
                                                                      '#/allOf/1/properties/seed/minimum',
                                                                    keyword: 'minimum',
                                                                    params: {
                                                                      comparison: '>=',
                                                                      limit: -9223372036854776000,
                                                                    },
                                                                    message:
                                                                      'must be >= -9223372036854776000',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                        }
                                                        var valid1 = _errs125 === errors;
                                                      } else {
                                                        var valid1 = true;
                                                      }
                                                      if (valid1) {
                                                        if (data.stream_options !== undefined) {
                                                          let data39 = data.stream_options;
                                                          const _errs127 = errors;
                                                          const _errs129 = errors;
                                                          let valid33 = false;
                                                          const _errs130 = errors;
                                                          if (errors === _errs130) {
                                                            if (
                                                              data39 &&
                                                              typeof data39 == 'object' &&
                                                              !Array.isArray(data39)
                                                            ) {
                                                              if (data39.include_usage !== undefined) {
                                                                const _errs132 = errors;
                                                                if (
                                                                  typeof data39.include_usage !== 'boolean'
                                                                ) {
                                                                  const err39 = {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/stream_options/include_usage',
                                                                    schemaPath:
                                                                      '#/components/schemas/ChatCompletionStreamOptions/anyOf/0/properties/include_usage/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'boolean' },
                                                                    message: 'must be boolean',
                                                                  };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err39];
                                                                  } else {
                                                                    vErrors.push(err39);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid34 = _errs132 === errors;
                                                              } else {
                                                                var valid34 = true;
                                                              }
                                                              if (valid34) {
                                                                if (
                                                                  data39.include_obfuscation !== undefined
                                                                ) {
                                                                  const _errs134 = errors;
                                                                  if (
                                                                    typeof data39.include_obfuscation !==
                                                                    'boolean'
                                                                  ) {
                                                                    const err40 = {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/stream_options/include_obfuscation',
                                                                      schemaPath:
                                                                        '#/components/schemas/ChatCompletionStreamOptions/anyOf/0/properties/include_obfuscation/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'boolean' },
                                                                      message: 'must be boolean',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err40];
                                                                    } else {
                                                                      vErrors.push(err40);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid34 = _errs134 === errors;
                                                                } else {
                                                                  var valid34 = true;
                                                                }
                                                              }
                                                            } else {
                                                              const err41 = {
                                                                instancePath:
                                                                  instancePath + '/stream_options',
                                                                schemaPath:
                                                                  '#/components/schemas/ChatCompletionStreamOptions/anyOf/0/type',
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
                                                          var _valid10 = _errs130 === errors;
                                                          valid33 = valid33 || _valid10;
                                                          if (_valid10) {
                                                            var props5 = {};
                                                            props5.include_usage = true;
                                                            props5.include_obfuscation = true;
                                                          }
                                                          const _errs136 = errors;
                                                          if (data39 !== null) {
                                                            const err42 = {
                                                              instancePath: instancePath + '/stream_options',
                                                              schemaPath:
                                                                '#/components/schemas/ChatCompletionStreamOptions/anyOf/1/type',
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
                                                          var _valid10 = _errs136 === errors;
                                                          valid33 = valid33 || _valid10;
                                                          if (!valid33) {
                                                            const err43 = {
                                                              instancePath: instancePath + '/stream_options',
                                                              schemaPath:
                                                                '#/components/schemas/ChatCompletionStreamOptions/anyOf',
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
                                                            errors = _errs129;
                                                            if (vErrors !== null) {
                                                              if (_errs129) {
                                                                vErrors.length = _errs129;
                                                              } else {
                                                                vErrors = null;
                                                              }
                                                            }
                                                          }
                                                          var valid1 = _errs127 === errors;
                                                        } else {
                                                          var valid1 = true;
                                                        }
                                                        if (valid1) {
                                                          if (data.tools !== undefined) {
                                                            let data42 = data.tools;
                                                            const _errs138 = errors;
                                                            if (errors === _errs138) {
                                                              if (Array.isArray(data42)) {
                                                                var valid35 = true;
                                                                const len3 = data42.length;
                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                  let data43 = data42[i3];
                                                                  const _errs140 = errors;
                                                                  const _errs141 = errors;
                                                                  let valid36 = false;
                                                                  let passing3 = null;
                                                                  const _errs142 = errors;
                                                                  if (
                                                                    !validate57(data43, {
                                                                      instancePath:
                                                                        instancePath + '/tools/' + i3,
                                                                      parentData: data42,
                                                                      parentDataProperty: i3,
                                                                      rootData,
                                                                      dynamicAnchors,
                                                                    })
                                                                  ) {
                                                                    vErrors =
                                                                      vErrors === null
                                                                        ? validate57.errors
                                                                        : vErrors.concat(validate57.errors);
                                                                    errors = vErrors.length;
                                                                  }
                                                                  var _valid11 = _errs142 === errors;
                                                                  if (_valid11) {
                                                                    valid36 = true;
                                                                    passing3 = 0;
                                                                    var props6 = {};
                                                                    props6.type = true;
                                                                    props6.function = true;
                                                                  }
                                                                  const _errs143 = errors;
                                                                  const _errs144 = errors;
                                                                  if (errors === _errs144) {
                                                                    if (
                                                                      data43 &&
                                                                      typeof data43 == 'object' &&
                                                                      !Array.isArray(data43)
                                                                    ) {
                                                                      let missing5;
                                                                      if (
                                                                        (data43.type === undefined &&
                                                                          (missing5 = 'type')) ||
                                                                        (data43.custom === undefined &&
                                                                          (missing5 = 'custom'))
                                                                      ) {
                                                                        const err44 = {
                                                                          instancePath:
                                                                            instancePath + '/tools/' + i3,
                                                                          schemaPath:
                                                                            '#/components/schemas/CustomToolChatCompletions/required',
                                                                          keyword: 'required',
                                                                          params: {
                                                                            missingProperty: missing5,
                                                                          },
                                                                          message:
                                                                            "must have required property '" +
                                                                            missing5 +
                                                                            "'",
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err44];
                                                                        } else {
                                                                          vErrors.push(err44);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        if (data43.type !== undefined) {
                                                                          let data44 = data43.type;
                                                                          const _errs146 = errors;
                                                                          if (typeof data44 !== 'string') {
                                                                            const err45 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/tools/' +
                                                                                i3 +
                                                                                '/type',
                                                                              schemaPath:
                                                                                '#/components/schemas/CustomToolChatCompletions/properties/type/type',
                                                                              keyword: 'type',
                                                                              params: { type: 'string' },
                                                                              message: 'must be string',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err45];
                                                                            } else {
                                                                              vErrors.push(err45);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          if (!(data44 === 'custom')) {
                                                                            const err46 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/tools/' +
                                                                                i3 +
                                                                                '/type',
                                                                              schemaPath:
                                                                                '#/components/schemas/CustomToolChatCompletions/properties/type/enum',
                                                                              keyword: 'enum',
                                                                              params: {
                                                                                allowedValues:
                                                                                  schema55.properties.type
                                                                                    .enum,
                                                                              },
                                                                              message:
                                                                                'must be equal to one of the allowed values',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err46];
                                                                            } else {
                                                                              vErrors.push(err46);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                          var valid38 = _errs146 === errors;
                                                                        } else {
                                                                          var valid38 = true;
                                                                        }
                                                                        if (valid38) {
                                                                          if (data43.custom !== undefined) {
                                                                            let data45 = data43.custom;
                                                                            const _errs148 = errors;
                                                                            if (errors === _errs148) {
                                                                              if (
                                                                                data45 &&
                                                                                typeof data45 == 'object' &&
                                                                                !Array.isArray(data45)
                                                                              ) {
                                                                                let missing6;
                                                                                if (
                                                                                  data45.name === undefined &&
                                                                                  (missing6 = 'name')
                                                                                ) {
                                                                                  const err47 = {
                                                                                    instancePath:
                                                                                      instancePath +
                                                                                      '/tools/' +
                                                                                      i3 +
                                                                                      '/custom',
                                                                                    schemaPath:
                                                                                      '#/components/schemas/CustomToolChatCompletions/properties/custom/required',
                                                                                    keyword: 'required',
                                                                                    params: {
                                                                                      missingProperty:
                                                                                        missing6,
                                                                                    },
                                                                                    message:
                                                                                      "must have required property '" +
                                                                                      missing6 +
                                                                                      "'",
                                                                                  };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err47];
                                                                                  } else {
                                                                                    vErrors.push(err47);
                                                                                  }
                                                                                  errors++;
                                                                                } else {
                                                                                  if (
                                                                                    data45.name !== undefined
                                                                                  ) {
                                                                                    const _errs150 = errors;
                                                                                    if (
                                                                                      typeof data45.name !==
                                                                                      'string'
                                                                                    ) {
                                                                                      const err48 = {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/tools/' +
                                                                                          i3 +
                                                                                          '/custom/name',
                                                                                        schemaPath:
                                                                                          '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/name/type',
                                                                                        keyword: 'type',
                                                                                        params: {
                                                                                          type: 'string',
                                                                                        },
                                                                                        message:
                                                                                          'must be string',
                                                                                      };
                                                                                      if (vErrors === null) {
                                                                                        vErrors = [err48];
                                                                                      } else {
                                                                                        vErrors.push(err48);
                                                                                      }
                                                                                      errors++;
                                                                                    }
                                                                                    var valid39 =
                                                                                      _errs150 === errors;
                                                                                  } else {
                                                                                    var valid39 = true;
                                                                                  }
                                                                                  if (valid39) {
                                                                                    if (
                                                                                      data45.description !==
                                                                                      undefined
                                                                                    ) {
                                                                                      const _errs152 = errors;
                                                                                      if (
                                                                                        typeof data45.description !==
                                                                                        'string'
                                                                                      ) {
                                                                                        const err49 = {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/tools/' +
                                                                                            i3 +
                                                                                            '/custom/description',
                                                                                          schemaPath:
                                                                                            '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/description/type',
                                                                                          keyword: 'type',
                                                                                          params: {
                                                                                            type: 'string',
                                                                                          },
                                                                                          message:
                                                                                            'must be string',
                                                                                        };
                                                                                        if (
                                                                                          vErrors === null
                                                                                        ) {
                                                                                          vErrors = [err49];
                                                                                        } else {
                                                                                          vErrors.push(err49);
                                                                                        }
                                                                                        errors++;
                                                                                      }
                                                                                      var valid39 =
                                                                                        _errs152 === errors;
                                                                                    } else {
                                                                                      var valid39 = true;
                                                                                    }
                                                                                    if (valid39) {
                                                                                      if (
                                                                                        data45.format !==
                                                                                        undefined
                                                                                      ) {
                                                                                        let data48 =
                                                                                          data45.format;
                                                                                        const _errs154 =
                                                                                          errors;
                                                                                        const _errs155 =
                                                                                          errors;
                                                                                        let valid40 = false;
                                                                                        let passing4 = null;
                                                                                        const _errs156 =
                                                                                          errors;
                                                                                        if (
                                                                                          errors === _errs156
                                                                                        ) {
                                                                                          if (
                                                                                            data48 &&
                                                                                            typeof data48 ==
                                                                                              'object' &&
                                                                                            !Array.isArray(
                                                                                              data48,
                                                                                            )
                                                                                          ) {
                                                                                            let missing7;
                                                                                            if (
                                                                                              data48.type ===
                                                                                                undefined &&
                                                                                              (missing7 =
                                                                                                'type')
                                                                                            ) {
                                                                                              const err50 = {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/tools/' +
                                                                                                  i3 +
                                                                                                  '/custom/format',
                                                                                                schemaPath:
                                                                                                  '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/0/required',
                                                                                                keyword:
                                                                                                  'required',
                                                                                                params: {
                                                                                                  missingProperty:
                                                                                                    missing7,
                                                                                                },
                                                                                                message:
                                                                                                  "must have required property '" +
                                                                                                  missing7 +
                                                                                                  "'",
                                                                                              };
                                                                                              if (
                                                                                                vErrors ===
                                                                                                null
                                                                                              ) {
                                                                                                vErrors = [
                                                                                                  err50,
                                                                                                ];
                                                                                              } else {
                                                                                                vErrors.push(
                                                                                                  err50,
                                                                                                );
                                                                                              }
                                                                                              errors++;
                                                                                            } else {
                                                                                              const _errs158 =
                                                                                                errors;
                                                                                              for (const key1 in data48) {
                                                                                                if (
                                                                                                  !(
                                                                                                    key1 ===
                                                                                                    'type'
                                                                                                  )
                                                                                                ) {
                                                                                                  const err51 =
                                                                                                    {
                                                                                                      instancePath:
                                                                                                        instancePath +
                                                                                                        '/tools/' +
                                                                                                        i3 +
                                                                                                        '/custom/format',
                                                                                                      schemaPath:
                                                                                                        '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/0/additionalProperties',
                                                                                                      keyword:
                                                                                                        'additionalProperties',
                                                                                                      params:
                                                                                                        {
                                                                                                          additionalProperty:
                                                                                                            key1,
                                                                                                        },
                                                                                                      message:
                                                                                                        'must NOT have additional properties',
                                                                                                    };
                                                                                                  if (
                                                                                                    vErrors ===
                                                                                                    null
                                                                                                  ) {
                                                                                                    vErrors =
                                                                                                      [err51];
                                                                                                  } else {
                                                                                                    vErrors.push(
                                                                                                      err51,
                                                                                                    );
                                                                                                  }
                                                                                                  errors++;
                                                                                                  break;
                                                                                                }
                                                                                              }
                                                                                              if (
                                                                                                _errs158 ===
                                                                                                errors
                                                                                              ) {
                                                                                                if (
                                                                                                  data48.type !==
                                                                                                  undefined
                                                                                                ) {
                                                                                                  let data49 =
                                                                                                    data48.type;
                                                                                                  if (
                                                                                                    typeof data49 !==
                                                                                                    'string'
                                                                                                  ) {
                                                                                                    const err52 =
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/tools/' +
                                                                                                          i3 +
                                                                                                          '/custom/format/type',
                                                                                                        schemaPath:
                                                                                                          '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/0/properties/type/type',
                                                                                                        keyword:
                                                                                                          'type',
                                                                                                        params:
                                                                                                          {
                                                                                                            type: 'string',
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be string',
                                                                                                      };
                                                                                                    if (
                                                                                                      vErrors ===
                                                                                                      null
                                                                                                    ) {
                                                                                                      vErrors =
                                                                                                        [
                                                                                                          err52,
                                                                                                        ];
                                                                                                    } else {
                                                                                                      vErrors.push(
                                                                                                        err52,
                                                                                                      );
                                                                                                    }
                                                                                                    errors++;
                                                                                                  }
                                                                                                  if (
                                                                                                    !(
                                                                                                      data49 ===
                                                                                                      'text'
                                                                                                    )
                                                                                                  ) {
                                                                                                    const err53 =
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/tools/' +
                                                                                                          i3 +
                                                                                                          '/custom/format/type',
                                                                                                        schemaPath:
                                                                                                          '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/0/properties/type/enum',
                                                                                                        keyword:
                                                                                                          'enum',
                                                                                                        params:
                                                                                                          {
                                                                                                            allowedValues:
                                                                                                              schema55
                                                                                                                .properties
                                                                                                                .custom
                                                                                                                .properties
                                                                                                                .format
                                                                                                                .oneOf[0]
                                                                                                                .properties
                                                                                                                .type
                                                                                                                .enum,
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be equal to one of the allowed values',
                                                                                                      };
                                                                                                    if (
                                                                                                      vErrors ===
                                                                                                      null
                                                                                                    ) {
                                                                                                      vErrors =
                                                                                                        [
                                                                                                          err53,
                                                                                                        ];
                                                                                                    } else {
                                                                                                      vErrors.push(
                                                                                                        err53,
                                                                                                      );
                                                                                                    }
                                                                                                    errors++;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            const err54 = {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                '/tools/' +
                                                                                                i3 +
                                                                                                '/custom/format',
                                                                                              schemaPath:
                                                                                                '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/0/type',
                                                                                              keyword: 'type',
                                                                                              params: {
                                                                                                type: 'object',
                                                                                              },
                                                                                              message:
                                                                                                'must be object',
                                                                                            };
                                                                                            if (
                                                                                              vErrors === null
                                                                                            ) {
                                                                                              vErrors = [
                                                                                                err54,
                                                                                              ];
                                                                                            } else {
                                                                                              vErrors.push(
                                                                                                err54,
                                                                                              );
                                                                                            }
                                                                                            errors++;
                                                                                          }
                                                                                        }
                                                                                        var _valid12 =
                                                                                          _errs156 === errors;
                                                                                        if (_valid12) {
                                                                                          valid40 = true;
                                                                                          passing4 = 0;
                                                                                          var props7 = true;
                                                                                        }
                                                                                        const _errs161 =
                                                                                          errors;
                                                                                        if (
                                                                                          errors === _errs161
                                                                                        ) {
                                                                                          if (
                                                                                            data48 &&
                                                                                            typeof data48 ==
                                                                                              'object' &&
                                                                                            !Array.isArray(
                                                                                              data48,
                                                                                            )
                                                                                          ) {
                                                                                            let missing8;
                                                                                            if (
                                                                                              (data48.type ===
                                                                                                undefined &&
                                                                                                (missing8 =
                                                                                                  'type')) ||
                                                                                              (data48.grammar ===
                                                                                                undefined &&
                                                                                                (missing8 =
                                                                                                  'grammar'))
                                                                                            ) {
                                                                                              const err55 = {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/tools/' +
                                                                                                  i3 +
                                                                                                  '/custom/format',
                                                                                                schemaPath:
                                                                                                  '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/required',
                                                                                                keyword:
                                                                                                  'required',
                                                                                                params: {
                                                                                                  missingProperty:
                                                                                                    missing8,
                                                                                                },
                                                                                                message:
                                                                                                  "must have required property '" +
                                                                                                  missing8 +
                                                                                                  "'",
                                                                                              };
                                                                                              if (
                                                                                                vErrors ===
                                                                                                null
                                                                                              ) {
                                                                                                vErrors = [
                                                                                                  err55,
                                                                                                ];
                                                                                              } else {
                                                                                                vErrors.push(
                                                                                                  err55,
                                                                                                );
                                                                                              }
                                                                                              errors++;
                                                                                            } else {
                                                                                              const _errs163 =
                                                                                                errors;
                                                                                              for (const key2 in data48) {
                                                                                                if (!(
                                                                                                  key2 ===
                                                                                                    'type' ||
                                                                                                  key2 ===
                                                                                                    'grammar'
                                                                                                )) {
                                                                                                  const err56 =
                                                                                                    {
                                                                                                      instancePath:
                                                                                                        instancePath +
                                                                                                        '/tools/' +
                                                                                                        i3 +
                                                                                                        '/custom/format',
                                                                                                      schemaPath:
                                                                                                        '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/additionalProperties',
                                                                                                      keyword:
                                                                                                        'additionalProperties',
                                                                                                      params:
                                                                                                        {
                                                                                                          additionalProperty:
                                                                                                            key2,
                                                                                                        },
                                                                                                      message:
                                                                                                        'must NOT have additional properties',
                                                                                                    };
                                                                                                  if (
                                                                                                    vErrors ===
                                                                                                    null
                                                                                                  ) {
                                                                                                    vErrors =
                                                                                                      [err56];
                                                                                                  } else {
                                                                                                    vErrors.push(
                                                                                                      err56,
                                                                                                    );
                                                                                                  }
                                                                                                  errors++;
                                                                                                  break;
                                                                                                }
                                                                                              }
                                                                                              if (
                                                                                                _errs163 ===
                                                                                                errors
                                                                                              ) {
                                                                                                if (
                                                                                                  data48.type !==
                                                                                                  undefined
                                                                                                ) {
                                                                                                  let data50 =
                                                                                                    data48.type;
                                                                                                  const _errs164 =
                                                                                                    errors;
                                                                                                  if (
                                                                                                    typeof data50 !==
                                                                                                    'string'
                                                                                                  ) {
                                                                                                    const err57 =
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/tools/' +
                                                                                                          i3 +
                                                                                                          '/custom/format/type',
                                                                                                        schemaPath:
                                                                                                          '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/type/type',
                                                                                                        keyword:
                                                                                                          'type',
                                                                                                        params:
                                                                                                          {
                                                                                                            type: 'string',
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be string',
                                                                                                      };
                                                                                                    if (
                                                                                                      vErrors ===
                                                                                                      null
                                                                                                    ) {
                                                                                                      vErrors =
                                                                                                        [
                                                                                                          err57,
                                                                                                        ];
                                                                                                    } else {
                                                                                                      vErrors.push(
                                                                                                        err57,
                                                                                                      );
                                                                                                    }
                                                                                                    errors++;
                                                                                                  }
                                                                                                  if (
                                                                                                    !(
                                                                                                      data50 ===
                                                                                                      'grammar'
                                                                                                    )
                                                                                                  ) {
                                                                                                    const err58 =
                                                                                                      {
                                                                                                        instancePath:
                                                                                                          instancePath +
                                                                                                          '/tools/' +
                                                                                                          i3 +
                                                                                                          '/custom/format/type',
                                                                                                        schemaPath:
                                                                                                          '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/type/enum',
                                                                                                        keyword:
                                                                                                          'enum',
                                                                                                        params:
                                                                                                          {
                                                                                                            allowedValues:
                                                                                                              schema55
                                                                                                                .properties
                                                                                                                .custom
                                                                                                                .properties
                                                                                                                .format
                                                                                                                .oneOf[1]
                                                                                                                .properties
                                                                                                                .type
                                                                                                                .enum,
                                                                                                          },
                                                                                                        message:
                                                                                                          'must be equal to one of the allowed values',
                                                                                                      };
                                                                                                    if (
                                                                                                      vErrors ===
                                                                                                      null
                                                                                                    ) {
                                                                                                      vErrors =
                                                                                                        [
                                                                                                          err58,
                                                                                                        ];
                                                                                                    } else {
                                                                                                      vErrors.push(
                                                                                                        err58,
                                                                                                      );
                                                                                                    }
                                                                                                    errors++;
                                                                                                  }
                                                                                                  var valid42 =
                                                                                                    _errs164 ===
                                                                                                    errors;
                                                                                                } else {
                                                                                                  var valid42 = true;
                                                                                                }
                                                                                                if (valid42) {
                                                                                                  if (
                                                                                                    data48.grammar !==
                                                                                                    undefined
                                                                                                  ) {
                                                                                                    let data51 =
                                                                                                      data48.grammar;
                                                                                                    const _errs166 =
                                                                                                      errors;
                                                                                                    if (
                                                                                                      errors ===
                                                                                                      _errs166
                                                                                                    ) {
                                                                                                      if (
                                                                                                        data51 &&
                                                                                                        typeof data51 ==
                                                                                                          'object' &&
                                                                                                        !Array.isArray(
                                                                                                          data51,
                                                                                                        )
                                                                                                      ) {
                                                                                                        let missing9;
                                                                                                        if (
                                                                                                          (data51.definition ===
                                                                                                            undefined &&
                                                                                                            (missing9 =
                                                                                                              'definition')) ||
                                                                                                          (data51.syntax ===
                                                                                                            undefined &&
                                                                                                            (missing9 =
                                                                                                              'syntax'))
                                                                                                        ) {
                                                                                                          const err59 =
                                                                                                            {
                                                                                                              instancePath:
                                                                                                                instancePath +
                                                                                                                '/tools/' +
                                                                                                                i3 +
                                                                                                                '/custom/format/grammar',
                                                                                                              schemaPath:
                                                                                                                '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/grammar/required',
                                                                                                              keyword:
                                                                                                                'required',
                                                                                                              params:
                                                                                                                {
                                                                                                                  missingProperty:
                                                                                                                    missing9,
                                                                                                                },
                                                                                                              message:
                                                                                                                "must have required property '" +
                                                                                                                missing9 +
                                                                                                                "'",
                                                                                                            };
                                                                                                          if (
                                                                                                            vErrors ===
                                                                                                            null
                                                                                                          ) {
                                                                                                            vErrors =
                                                                                                              [
                                                                                                                err59,
                                                                                                              ];
                                                                                                          } else {
                                                                                                            vErrors.push(
                                                                                                              err59,
                                                                                                            );
                                                                                                          }
                                                                                                          errors++;
                                                                                                        } else {
                                                                                                          if (
                                                                                                            data51.definition !==
                                                                                                            undefined
                                                                                                          ) {
                                                                                                            const _errs168 =
                                                                                                              errors;
                                                                                                            if (
                                                                                                              typeof data51.definition !==
                                                                                                              'string'
                                                                                                            ) {
                                                                                                              const err60 =
                                                                                                                {
                                                                                                                  instancePath:
                                                                                                                    instancePath +
                                                                                                                    '/tools/' +
                                                                                                                    i3 +
                                                                                                                    '/custom/format/grammar/definition',
                                                                                                                  schemaPath:
                                                                                                                    '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/grammar/properties/definition/type',
                                                                                                                  keyword:
                                                                                                                    'type',
                                                                                                                  params:
                                                                                                                    {
                                                                                                                      type: 'string',
                                                                                                                    },
                                                                                                                  message:
                                                                                                                    'must be string',
                                                                                                                };
                                                                                                              if (
                                                                                                                vErrors ===
                                                                                                                null
                                                                                                              ) {
                                                                                                                vErrors =
                                                                                                                  [
                                                                                                                    err60,
                                                                                                                  ];
                                                                                                              } else {
                                                                                                                vErrors.push(
                                                                                                                  err60,
                                                                                                                );
                                                                                                              }
                                                                                                              errors++;
                                                                                                            }
                                                                                                            var valid43 =
                                                                                                              _errs168 ===
                                                                                                              errors;
                                                                                                          } else {
                                                                                                            var valid43 = true;
                                                                                                          }
                                                                                                          if (
                                                                                                            valid43
                                                                                                          ) {
                                                                                                            if (
                                                                                                              data51.syntax !==
                                                                                                              undefined
                                                                                                            ) {
                                                                                                              let data53 =
                                                                                                                data51.syntax;
                                                                                                              const _errs170 =
                                                                                                                errors;
                                                                                                              if (
                                                                                                                typeof data53 !==
                                                                                                                'string'
                                                                                                              ) {
                                                                                                                const err61 =
                                                                                                                  {
                                                                                                                    instancePath:
                                                                                                                      instancePath +
                                                                                                                      '/tools/' +
                                                                                                                      i3 +
                                                                                                                      '/custom/format/grammar/syntax',
                                                                                                                    schemaPath:
                                                                                                                      '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/grammar/properties/syntax/type',
                                                                                                                    keyword:
                                                                                                                      'type',
                                                                                                                    params:
                                                                                                                      {
                                                                                                                        type: 'string',
                                                                                                                      },
                                                                                                                    message:
                                                                                                                      'must be string',
                                                                                                                  };
                                                                                                                if (
                                                                                                                  vErrors ===
                                                                                                                  null
                                                                                                                ) {
                                                                                                                  vErrors =
                                                                                                                    [
                                                                                                                      err61,
                                                                                                                    ];
                                                                                                                } else {
                                                                                                                  vErrors.push(
                                                                                                                    err61,
                                                                                                                  );
                                                                                                                }
                                                                                                                errors++;
                                                                                                              }
                                                                                                              if (!(
                                                                                                                data53 ===
                                                                                                                  'lark' ||
                                                                                                                data53 ===
                                                                                                                  'regex'
                                                                                                              )) {
                                                                                                                const err62 =
                                                                                                                  {
                                                                                                                    instancePath:
                                                                                                                      instancePath +
                                                                                                                      '/tools/' +
                                                                                                                      i3 +
                                                                                                                      '/custom/format/grammar/syntax',
                                                                                                                    schemaPath:
                                                                                                                      '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/grammar/properties/syntax/enum',
                                                                                                                    keyword:
                                                                                                                      'enum',
                                                                                                                    params:
                                                                                                                      {
                                                                                                                        allowedValues:
                                                                                                                          schema55
                                                                                                                            .properties
                                                                                                                            .custom
                                                                                                                            .properties
                                                                                                                            .format
                                                                                                                            .oneOf[1]
                                                                                                                            .properties
                                                                                                                            .grammar
                                                                                                                            .properties
                                                                                                                            .syntax
                                                                                                                            .enum,
                                                                                                                      },
                                                                                                                    message:
                                                                                                                      'must be equal to one of the allowed values',
                                                                                                                  };
                                                                                                                if (
                                                                                                                  vErrors ===
                                                                                                                  null
                                                                                                                ) {
                                                                                                                  vErrors =
                                                                                                                    [
                                                                                                                      err62,
                                                                                                                    ];
                                                                                                                } else {
                                                                                                                  vErrors.push(
                                                                                                                    err62,
                                                                                                                  );
                                                                                                                }
                                                                                                                errors++;
                                                                                                              }
                                                                                                              var valid43 =
                                                                                                                _errs170 ===
                                                                                                                errors;
                                                                                                            } else {
                                                                                                              var valid43 = true;
                                                                                                            }
                                                                                                          }
                                                                                                        }
                                                                                                      } else {
                                                                                                        const err63 =
                                                                                                          {
                                                                                                            instancePath:
                                                                                                              instancePath +
                                                                                                              '/tools/' +
                                                                                                              i3 +
                                                                                                              '/custom/format/grammar',
                                                                                                            schemaPath:
                                                                                                              '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/properties/grammar/type',
                                                                                                            keyword:
                                                                                                              'type',
                                                                                                            params:
                                                                                                              {
                                                                                                                type: 'object',
                                                                                                              },
                                                                                                            message:
                                                                                                              'must be object',
                                                                                                          };
                                                                                                        if (
                                                                                                          vErrors ===
                                                                                                          null
                                                                                                        ) {
                                                                                                          vErrors =
                                                                                                            [
                                                                                                              err63,
                                                                                                            ];
                                                                                                        } else {
                                                                                                          vErrors.push(
                                                                                                            err63,
                                                                                                          );
                                                                                                        }
                                                                                                        errors++;
                                                                                                      }
                                                                                                    }
                                                                                                    var valid42 =
                                                                                                      _errs166 ===
                                                                                                      errors;
                                                                                                  } else {
                                                                                                    var valid42 = true;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                          } else {
                                                                                            const err64 = {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                '/tools/' +
                                                                                                i3 +
                                                                                                '/custom/format',
                                                                                              schemaPath:
                                                                                                '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf/1/type',
                                                                                              keyword: 'type',
                                                                                              params: {
                                                                                                type: 'object',
                                                                                              },
                                                                                              message:
                                                                                                'must be object',
                                                                                            };
                                                                                            if (
                                                                                              vErrors === null
                                                                                            ) {
                                                                                              vErrors = [
                                                                                                err64,
                                                                                              ];
                                                                                            } else {
                                                                                              vErrors.push(
                                                                                                err64,
                                                                                              );
                                                                                            }
                                                                                            errors++;
                                                                                          }
                                                                                        }
                                                                                        var _valid12 =
                                                                                          _errs161 === errors;
                                                                                        if (
                                                                                          _valid12 &&
                                                                                          valid40
                                                                                        ) {
                                                                                          valid40 = false;
                                                                                          passing4 = [
                                                                                            passing4,
                                                                                            1,
                                                                                          ];
                                                                                        } else {
                                                                                          if (_valid12) {
                                                                                            valid40 = true;
                                                                                            passing4 = 1;
                                                                                            if (
                                                                                              props7 !== true
                                                                                            ) {
                                                                                              props7 = true;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        if (!valid40) {
                                                                                          const err65 = {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              '/tools/' +
                                                                                              i3 +
                                                                                              '/custom/format',
                                                                                            schemaPath:
                                                                                              '#/components/schemas/CustomToolChatCompletions/properties/custom/properties/format/oneOf',
                                                                                            keyword: 'oneOf',
                                                                                            params: {
                                                                                              passingSchemas:
                                                                                                passing4,
                                                                                            },
                                                                                            message:
                                                                                              'must match exactly one schema in oneOf',
                                                                                          };
                                                                                          if (
                                                                                            vErrors === null
                                                                                          ) {
                                                                                            vErrors = [err65];
                                                                                          } else {
                                                                                            vErrors.push(
                                                                                              err65,
                                                                                            );
                                                                                          }
                                                                                          errors++;
                                                                                        } else {
                                                                                          errors = _errs155;
                                                                                          if (
                                                                                            vErrors !== null
                                                                                          ) {
                                                                                            if (_errs155) {
                                                                                              vErrors.length =
                                                                                                _errs155;
                                                                                            } else {
                                                                                              vErrors = null;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid39 =
                                                                                          _errs154 === errors;
                                                                                      } else {
                                                                                        var valid39 = true;
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                const err66 = {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/tools/' +
                                                                                    i3 +
                                                                                    '/custom',
                                                                                  schemaPath:
                                                                                    '#/components/schemas/CustomToolChatCompletions/properties/custom/type',
                                                                                  keyword: 'type',
                                                                                  params: { type: 'object' },
                                                                                  message: 'must be object',
                                                                                };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err66];
                                                                                } else {
                                                                                  vErrors.push(err66);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                            }
                                                                            var valid38 = _errs148 === errors;
                                                                          } else {
                                                                            var valid38 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      const err67 = {
                                                                        instancePath:
                                                                          instancePath + '/tools/' + i3,
                                                                        schemaPath:
                                                                          '#/components/schemas/CustomToolChatCompletions/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err67];
                                                                      } else {
                                                                        vErrors.push(err67);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var _valid11 = _errs143 === errors;
                                                                  if (_valid11 && valid36) {
                                                                    valid36 = false;
                                                                    passing3 = [passing3, 1];
                                                                  } else {
                                                                    if (_valid11) {
                                                                      valid36 = true;
                                                                      passing3 = 1;
                                                                      if (props6 !== true) {
                                                                        props6 = props6 || {};
                                                                        props6.type = true;
                                                                        props6.custom = true;
                                                                      }
                                                                    }
                                                                  }
                                                                  if (!valid36) {
                                                                    const err68 = {
                                                                      instancePath:
                                                                        instancePath + '/tools/' + i3,
                                                                      schemaPath:
                                                                        '#/allOf/1/properties/tools/items/oneOf',
                                                                      keyword: 'oneOf',
                                                                      params: { passingSchemas: passing3 },
                                                                      message:
                                                                        'must match exactly one schema in oneOf',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err68];
                                                                    } else {
                                                                      vErrors.push(err68);
                                                                    }
                                                                    errors++;
                                                                    validate2.errors = vErrors;
                                                                    return false;
                                                                  } else {
                                                                    errors = _errs141;
                                                                    if (vErrors !== null) {
                                                                      if (_errs141) {
                                                                        vErrors.length = _errs141;
                                                                      } else {
                                                                        vErrors = null;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid35 = _errs140 === errors;
                                                                  if (!valid35) {
                                                                    break;
                                                                  }
                                                                }
                                                              } else {
                                                                validate2.errors = [
                                                                  {
                                                                    instancePath: instancePath + '/tools',
                                                                    schemaPath:
                                                                      '#/allOf/1/properties/tools/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'array' },
                                                                    message: 'must be array',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                            }
                                                            var valid1 = _errs138 === errors;
                                                          } else {
                                                            var valid1 = true;
                                                          }
                                                          if (valid1) {
                                                            if (data.tool_choice !== undefined) {
                                                              const _errs172 = errors;
                                                              if (
                                                                !validate61(data.tool_choice, {
                                                                  instancePath: instancePath + '/tool_choice',
                                                                  parentData: data,
                                                                  parentDataProperty: 'tool_choice',
                                                                  rootData,
                                                                  dynamicAnchors,
                                                                })
                                                              ) {
                                                                vErrors =
                                                                  vErrors === null
                                                                    ? validate61.errors
                                                                    : vErrors.concat(validate61.errors);
                                                                errors = vErrors.length;
                                                              }
                                                              var valid1 = _errs172 === errors;
                                                            } else {
                                                              var valid1 = true;
                                                            }
                                                            if (valid1) {
                                                              if (data.parallel_tool_calls !== undefined) {
                                                                const _errs173 = errors;
                                                                if (
                                                                  typeof data.parallel_tool_calls !==
                                                                  'boolean'
                                                                ) {
                                                                  validate2.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath + '/parallel_tool_calls',
                                                                      schemaPath:
                                                                        '#/components/schemas/ParallelToolCalls/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'boolean' },
                                                                      message: 'must be boolean',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid1 = _errs173 === errors;
                                                              } else {
                                                                var valid1 = true;
                                                              }
                                                              if (valid1) {
                                                                if (data.function_call !== undefined) {
                                                                  let data56 = data.function_call;
                                                                  const _errs176 = errors;
                                                                  const _errs177 = errors;
                                                                  let valid45 = false;
                                                                  let passing5 = null;
                                                                  const _errs178 = errors;
                                                                  if (typeof data56 !== 'string') {
                                                                    const err69 = {
                                                                      instancePath:
                                                                        instancePath + '/function_call',
                                                                      schemaPath:
                                                                        '#/allOf/1/properties/function_call/oneOf/0/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'string' },
                                                                      message: 'must be string',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err69];
                                                                    } else {
                                                                      vErrors.push(err69);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  if (!(
                                                                    data56 === 'none' || data56 === 'auto'
                                                                  )) {
                                                                    const err70 = {
                                                                      instancePath:
                                                                        instancePath + '/function_call',
                                                                      schemaPath:
                                                                        '#/allOf/1/properties/function_call/oneOf/0/enum',
                                                                      keyword: 'enum',
                                                                      params: {
                                                                        allowedValues:
                                                                          schema2.allOf[1].properties
                                                                            .function_call.oneOf[0].enum,
                                                                      },
                                                                      message:
                                                                        'must be equal to one of the allowed values',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err70];
                                                                    } else {
                                                                      vErrors.push(err70);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var _valid13 = _errs178 === errors;
                                                                  if (_valid13) {
                                                                    valid45 = true;
                                                                    passing5 = 0;
                                                                  }
                                                                  const _errs180 = errors;
                                                                  const _errs181 = errors;
                                                                  if (errors === _errs181) {
                                                                    if (
                                                                      data56 &&
                                                                      typeof data56 == 'object' &&
                                                                      !Array.isArray(data56)
                                                                    ) {
                                                                      let missing10;
                                                                      if (
                                                                        data56.name === undefined &&
                                                                        (missing10 = 'name')
                                                                      ) {
                                                                        const err71 = {
                                                                          instancePath:
                                                                            instancePath + '/function_call',
                                                                          schemaPath:
                                                                            '#/components/schemas/ChatCompletionFunctionCallOption/required',
                                                                          keyword: 'required',
                                                                          params: {
                                                                            missingProperty: missing10,
                                                                          },
                                                                          message:
                                                                            "must have required property '" +
                                                                            missing10 +
                                                                            "'",
                                                                        };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err71];
                                                                        } else {
                                                                          vErrors.push(err71);
                                                                        }
                                                                        errors++;
                                                                      } else {
                                                                        if (data56.name !== undefined) {
                                                                          if (
                                                                            typeof data56.name !== 'string'
                                                                          ) {
                                                                            const err72 = {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/function_call/name',
                                                                              schemaPath:
                                                                                '#/components/schemas/ChatCompletionFunctionCallOption/properties/name/type',
                                                                              keyword: 'type',
                                                                              params: { type: 'string' },
                                                                              message: 'must be string',
                                                                            };
                                                                            if (vErrors === null) {
                                                                              vErrors = [err72];
                                                                            } else {
                                                                              vErrors.push(err72);
                                                                            }
                                                                            errors++;
                                                                          }
                                                                        }
                                                                      }
                                                                    } else {
                                                                      const err73 = {
                                                                        instancePath:
                                                                          instancePath + '/function_call',
                                                                        schemaPath:
                                                                          '#/components/schemas/ChatCompletionFunctionCallOption/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'object' },
                                                                        message: 'must be object',
                                                                      };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err73];
                                                                      } else {
                                                                        vErrors.push(err73);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                  }
                                                                  var _valid13 = _errs180 === errors;
                                                                  if (_valid13 && valid45) {
                                                                    valid45 = false;
                                                                    passing5 = [passing5, 1];
                                                                  } else {
                                                                    if (_valid13) {
                                                                      valid45 = true;
                                                                      passing5 = 1;
                                                                      var props9 = {};
                                                                      props9.name = true;
                                                                    }
                                                                  }
                                                                  if (!valid45) {
                                                                    const err74 = {
                                                                      instancePath:
                                                                        instancePath + '/function_call',
                                                                      schemaPath:
                                                                        '#/allOf/1/properties/function_call/oneOf',
                                                                      keyword: 'oneOf',
                                                                      params: { passingSchemas: passing5 },
                                                                      message:
                                                                        'must match exactly one schema in oneOf',
                                                                    };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err74];
                                                                    } else {
                                                                      vErrors.push(err74);
                                                                    }
                                                                    errors++;
                                                                    validate2.errors = vErrors;
                                                                    return false;
                                                                  } else {
                                                                    errors = _errs177;
                                                                    if (vErrors !== null) {
                                                                      if (_errs177) {
                                                                        vErrors.length = _errs177;
                                                                      } else {
                                                                        vErrors = null;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid1 = _errs176 === errors;
                                                                } else {
                                                                  var valid1 = true;
                                                                }
                                                                if (valid1) {
                                                                  if (data.functions !== undefined) {
                                                                    let data58 = data.functions;
                                                                    const _errs185 = errors;
                                                                    if (errors === _errs185) {
                                                                      if (Array.isArray(data58)) {
                                                                        if (data58.length > 128) {
                                                                          validate2.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath + '/functions',
                                                                              schemaPath:
                                                                                '#/allOf/1/properties/functions/maxItems',
                                                                              keyword: 'maxItems',
                                                                              params: { limit: 128 },
                                                                              message:
                                                                                'must NOT have more than 128 items',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        } else {
                                                                          if (data58.length < 1) {
                                                                            validate2.errors = [
                                                                              {
                                                                                instancePath:
                                                                                  instancePath + '/functions',
                                                                                schemaPath:
                                                                                  '#/allOf/1/properties/functions/minItems',
                                                                                keyword: 'minItems',
                                                                                params: { limit: 1 },
                                                                                message:
                                                                                  'must NOT have fewer than 1 items',
                                                                              },
                                                                            ];
                                                                            return false;
                                                                          } else {
                                                                            var valid48 = true;
                                                                            const len4 = data58.length;
                                                                            for (
                                                                              let i4 = 0;
                                                                              i4 < len4;
                                                                              i4++
                                                                            ) {
                                                                              const _errs187 = errors;
                                                                              if (
                                                                                !validate65(data58[i4], {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/functions/' +
                                                                                    i4,
                                                                                  parentData: data58,
                                                                                  parentDataProperty: i4,
                                                                                  rootData,
                                                                                  dynamicAnchors,
                                                                                })
                                                                              ) {
                                                                                vErrors =
                                                                                  vErrors === null
                                                                                    ? validate65.errors
                                                                                    : vErrors.concat(
                                                                                        validate65.errors,
                                                                                      );
                                                                                errors = vErrors.length;
                                                                              }
                                                                              var valid48 =
                                                                                _errs187 === errors;
                                                                              if (!valid48) {
                                                                                break;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate2.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath + '/functions',
                                                                            schemaPath:
                                                                              '#/allOf/1/properties/functions/type',
                                                                            keyword: 'type',
                                                                            params: { type: 'array' },
                                                                            message: 'must be array',
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid1 = _errs185 === errors;
                                                                  } else {
                                                                    var valid1 = true;
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
            schemaPath: '#/allOf/1/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          },
        ];
        return false;
      }
    }
    var valid0 = _errs1 === errors;
  }
  validate2.errors = vErrors;
  return errors === 0;
}
validate2.evaluated = {
  props: {
    messages: true,
    model: true,
    service_tier: true,
    modalities: true,
    verbosity: true,
    reasoning_effort: true,
    max_completion_tokens: true,
    frequency_penalty: true,
    presence_penalty: true,
    web_search_options: true,
    top_logprobs: true,
    response_format: true,
    audio: true,
    store: true,
    moderation: true,
    stream: true,
    stop: true,
    logit_bias: true,
    logprobs: true,
    max_tokens: true,
    n: true,
    prediction: true,
    seed: true,
    stream_options: true,
    tools: true,
    tool_choice: true,
    parallel_tool_calls: true,
    function_call: true,
    functions: true,
    prompt_cache_options: true,
    metadata: true,
    temperature: true,
    top_p: true,
    user: true,
    safety_identifier: true,
    prompt_cache_key: true,
    prompt_cache_retention: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

function validate0(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createChatCompletionRequest" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate0.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.body === undefined && (missing0 = 'body')) {
      validate0.errors = [
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
      if (data.body !== undefined) {
        if (
          !validate2(data.body, {
            instancePath: instancePath + '/body',
            parentData: data,
            parentDataProperty: 'body',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
          errors = vErrors.length;
        }
      }
    }
  }
  validate0.errors = vErrors;
  return errors === 0;
}
validate0.evaluated = {
  props: { query: true, headers: true, params: true, cookies: true, body: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const createCompletionRequest = validate68;
const schema65 = {
  $id: 'createCompletionRequest',
  properties: {
    query: {},
    headers: {},
    params: {},
    cookies: {},
    body: { $ref: 'contract.json#/components/schemas/CreateCompletionRequest' },
  },
  required: ['body'],
};
const schema66 = {
  type: 'object',
  properties: {
    model: {
      anyOf: [
        { type: 'string' },
        { type: 'string', enum: ['gpt-3.5-turbo-instruct', 'davinci-002', 'babbage-002'] },
      ],
    },
    prompt: {
      anyOf: [
        {
          oneOf: [
            { type: 'string' },
            { type: 'array', items: { type: 'string', default: '' } },
            { type: 'array', minItems: 1, items: { type: 'integer' } },
            { type: 'array', minItems: 1, items: { type: 'array', minItems: 1, items: { type: 'integer' } } },
          ],
        },
        { type: 'null' },
      ],
      default: '<|endoftext|>',
    },
    best_of: { type: ['integer', 'null'], default: 1, minimum: 0, maximum: 20 },
    echo: { type: ['boolean', 'null'], default: false },
    frequency_penalty: { type: ['number', 'null'], default: 0, minimum: -2, maximum: 2 },
    logit_bias: { type: ['object', 'null'], default: null, additionalProperties: { type: 'integer' } },
    logprobs: { type: ['integer', 'null'], minimum: 0, maximum: 5, default: null },
    max_tokens: { type: ['integer', 'null'], minimum: 0, default: 16 },
    n: { type: ['integer', 'null'], minimum: 1, maximum: 128, default: 1 },
    presence_penalty: { type: ['number', 'null'], default: 0, minimum: -2, maximum: 2 },
    seed: { type: ['integer', 'null'], format: 'int64' },
    stop: { $ref: '#/components/schemas/StopConfiguration' },
    stream: { type: ['boolean', 'null'], default: false },
    stream_options: { $ref: '#/components/schemas/ChatCompletionStreamOptions' },
    suffix: { default: null, type: ['string', 'null'] },
    temperature: { type: ['number', 'null'], minimum: 0, maximum: 2, default: 1 },
    top_p: { type: ['number', 'null'], minimum: 0, maximum: 1, default: 1 },
    user: { type: 'string' },
  },
  required: ['model', 'prompt'],
};
const formats2 = eovFormats.int64;

function validate69(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
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
      if (data.prompt === undefined) {
        data.prompt = '<|endoftext|>';
      }
      if (data.best_of === undefined) {
        data.best_of = 1;
      }
      if (data.echo === undefined) {
        data.echo = false;
      }
      if (data.frequency_penalty === undefined) {
        data.frequency_penalty = 0;
      }
      if (data.logit_bias === undefined) {
        data.logit_bias = null;
      }
      if (data.logprobs === undefined) {
        data.logprobs = null;
      }
      if (data.max_tokens === undefined) {
        data.max_tokens = 16;
      }
      if (data.n === undefined) {
        data.n = 1;
      }
      if (data.presence_penalty === undefined) {
        data.presence_penalty = 0;
      }
      if (data.stream === undefined) {
        data.stream = false;
      }
      if (data.suffix === undefined) {
        data.suffix = null;
      }
      if (data.temperature === undefined) {
        data.temperature = 1;
      }
      if (data.top_p === undefined) {
        data.top_p = 1;
      }
      let missing0;
      if (
        (data.model === undefined && (missing0 = 'model')) ||
        (data.prompt === undefined && (missing0 = 'prompt'))
      ) {
        validate69.errors = [
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
        if (data.model !== undefined) {
          let data0 = data.model;
          const _errs1 = errors;
          const _errs2 = errors;
          let valid1 = false;
          const _errs3 = errors;
          if (typeof data0 !== 'string') {
            const err0 = {
              instancePath: instancePath + '/model',
              schemaPath: '#/properties/model/anyOf/0/type',
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
          if (typeof data0 !== 'string') {
            const err1 = {
              instancePath: instancePath + '/model',
              schemaPath: '#/properties/model/anyOf/1/type',
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
          if (!(data0 === 'gpt-3.5-turbo-instruct' || data0 === 'davinci-002' || data0 === 'babbage-002')) {
            const err2 = {
              instancePath: instancePath + '/model',
              schemaPath: '#/properties/model/anyOf/1/enum',
              keyword: 'enum',
              params: { allowedValues: schema66.properties.model.anyOf[1].enum },
              message: 'must be equal to one of the allowed values',
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid0 = _errs5 === errors;
          valid1 = valid1 || _valid0;
          if (!valid1) {
            const err3 = {
              instancePath: instancePath + '/model',
              schemaPath: '#/properties/model/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
            validate69.errors = vErrors;
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
          let data1 = data.prompt;
          const _errs7 = errors;
          const _errs8 = errors;
          let valid2 = false;
          const _errs9 = errors;
          const _errs10 = errors;
          let valid3 = false;
          let passing0 = null;
          const _errs11 = errors;
          if (typeof data1 !== 'string') {
            const err4 = {
              instancePath: instancePath + '/prompt',
              schemaPath: '#/properties/prompt/anyOf/0/oneOf/0/type',
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
          var _valid2 = _errs11 === errors;
          if (_valid2) {
            valid3 = true;
            passing0 = 0;
          }
          const _errs13 = errors;
          if (errors === _errs13) {
            if (Array.isArray(data1)) {
              var valid4 = true;
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                const _errs15 = errors;
                if (typeof data1[i0] !== 'string') {
                  const err5 = {
                    instancePath: instancePath + '/prompt/' + i0,
                    schemaPath: '#/properties/prompt/anyOf/0/oneOf/1/items/type',
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
                var valid4 = _errs15 === errors;
                if (!valid4) {
                  break;
                }
              }
            } else {
              const err6 = {
                instancePath: instancePath + '/prompt',
                schemaPath: '#/properties/prompt/anyOf/0/oneOf/1/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          var _valid2 = _errs13 === errors;
          if (_valid2 && valid3) {
            valid3 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid2) {
              valid3 = true;
              passing0 = 1;
              var items0 = true;
            }
            const _errs17 = errors;
            if (errors === _errs17) {
              if (Array.isArray(data1)) {
                if (data1.length < 1) {
                  const err7 = {
                    instancePath: instancePath + '/prompt',
                    schemaPath: '#/properties/prompt/anyOf/0/oneOf/2/minItems',
                    keyword: 'minItems',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 items',
                  };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                } else {
                  var valid5 = true;
                  const len1 = data1.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data3 = data1[i1];
                    const _errs19 = errors;
                    if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
                      const err8 = {
                        instancePath: instancePath + '/prompt/' + i1,
                        schemaPath: '#/properties/prompt/anyOf/0/oneOf/2/items/type',
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
                    var valid5 = _errs19 === errors;
                    if (!valid5) {
                      break;
                    }
                  }
                }
              } else {
                const err9 = {
                  instancePath: instancePath + '/prompt',
                  schemaPath: '#/properties/prompt/anyOf/0/oneOf/2/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            var _valid2 = _errs17 === errors;
            if (_valid2 && valid3) {
              valid3 = false;
              passing0 = [passing0, 2];
            } else {
              if (_valid2) {
                valid3 = true;
                passing0 = 2;
                if (items0 !== true) {
                  items0 = true;
                }
              }
              const _errs21 = errors;
              if (errors === _errs21) {
                if (Array.isArray(data1)) {
                  if (data1.length < 1) {
                    const err10 = {
                      instancePath: instancePath + '/prompt',
                      schemaPath: '#/properties/prompt/anyOf/0/oneOf/3/minItems',
                      keyword: 'minItems',
                      params: { limit: 1 },
                      message: 'must NOT have fewer than 1 items',
                    };
                    if (vErrors === null) {
                      vErrors = [err10];
                    } else {
                      vErrors.push(err10);
                    }
                    errors++;
                  } else {
                    var valid6 = true;
                    const len2 = data1.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data4 = data1[i2];
                      const _errs23 = errors;
                      if (errors === _errs23) {
                        if (Array.isArray(data4)) {
                          if (data4.length < 1) {
                            const err11 = {
                              instancePath: instancePath + '/prompt/' + i2,
                              schemaPath: '#/properties/prompt/anyOf/0/oneOf/3/items/minItems',
                              keyword: 'minItems',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 items',
                            };
                            if (vErrors === null) {
                              vErrors = [err11];
                            } else {
                              vErrors.push(err11);
                            }
                            errors++;
                          } else {
                            var valid7 = true;
                            const len3 = data4.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                              let data5 = data4[i3];
                              const _errs25 = errors;
                              if (!(
                                typeof data5 == 'number' &&
                                !(data5 % 1) &&
                                !isNaN(data5) &&
                                isFinite(data5)
                              )) {
                                const err12 = {
                                  instancePath: instancePath + '/prompt/' + i2 + '/' + i3,
                                  schemaPath: '#/properties/prompt/anyOf/0/oneOf/3/items/items/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                };
                                if (vErrors === null) {
                                  vErrors = [err12];
                                } else {
                                  vErrors.push(err12);
                                }
                                errors++;
                              }
                              var valid7 = _errs25 === errors;
                              if (!valid7) {
                                break;
                              }
                            }
                          }
                        } else {
                          const err13 = {
                            instancePath: instancePath + '/prompt/' + i2,
                            schemaPath: '#/properties/prompt/anyOf/0/oneOf/3/items/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                      var valid6 = _errs23 === errors;
                      if (!valid6) {
                        break;
                      }
                    }
                  }
                } else {
                  const err14 = {
                    instancePath: instancePath + '/prompt',
                    schemaPath: '#/properties/prompt/anyOf/0/oneOf/3/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array',
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              var _valid2 = _errs21 === errors;
              if (_valid2 && valid3) {
                valid3 = false;
                passing0 = [passing0, 3];
              } else {
                if (_valid2) {
                  valid3 = true;
                  passing0 = 3;
                  if (items0 !== true) {
                    items0 = true;
                  }
                }
              }
            }
          }
          if (!valid3) {
            const err15 = {
              instancePath: instancePath + '/prompt',
              schemaPath: '#/properties/prompt/anyOf/0/oneOf',
              keyword: 'oneOf',
              params: { passingSchemas: passing0 },
              message: 'must match exactly one schema in oneOf',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          } else {
            errors = _errs10;
            if (vErrors !== null) {
              if (_errs10) {
                vErrors.length = _errs10;
              } else {
                vErrors = null;
              }
            }
          }
          var _valid1 = _errs9 === errors;
          valid2 = valid2 || _valid1;
          const _errs27 = errors;
          if (data1 !== null) {
            const err16 = {
              instancePath: instancePath + '/prompt',
              schemaPath: '#/properties/prompt/anyOf/1/type',
              keyword: 'type',
              params: { type: 'null' },
              message: 'must be null',
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid1 = _errs27 === errors;
          valid2 = valid2 || _valid1;
          if (!valid2) {
            const err17 = {
              instancePath: instancePath + '/prompt',
              schemaPath: '#/properties/prompt/anyOf',
              keyword: 'anyOf',
              params: {},
              message: 'must match a schema in anyOf',
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
            validate69.errors = vErrors;
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
          if (valid0) {
            let data6 = data.best_of;
            const _errs29 = errors;
            if (
              !(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6)) &&
              data6 !== null
            ) {
              validate69.errors = [
                {
                  instancePath: instancePath + '/best_of',
                  schemaPath: '#/properties/best_of/type',
                  keyword: 'type',
                  params: { type: schema66.properties.best_of.type },
                  message: 'must be integer,null',
                },
              ];
              return false;
            }
            if (errors === _errs29) {
              if (typeof data6 == 'number' && isFinite(data6)) {
                if (data6 > 20 || isNaN(data6)) {
                  validate69.errors = [
                    {
                      instancePath: instancePath + '/best_of',
                      schemaPath: '#/properties/best_of/maximum',
                      keyword: 'maximum',
                      params: { comparison: '<=', limit: 20 },
                      message: 'must be <= 20',
                    },
                  ];
                  return false;
                } else {
                  if (data6 < 0 || isNaN(data6)) {
                    validate69.errors = [
                      {
                        instancePath: instancePath + '/best_of',
                        schemaPath: '#/properties/best_of/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0',
                      },
                    ];
                    return false;
                  }
                }
              }
            }
            var valid0 = _errs29 === errors;
            if (valid0) {
              let data7 = data.echo;
              const _errs31 = errors;
              if (typeof data7 !== 'boolean' && data7 !== null) {
                validate69.errors = [
                  {
                    instancePath: instancePath + '/echo',
                    schemaPath: '#/properties/echo/type',
                    keyword: 'type',
                    params: { type: schema66.properties.echo.type },
                    message: 'must be boolean,null',
                  },
                ];
                return false;
              }
              var valid0 = _errs31 === errors;
              if (valid0) {
                let data8 = data.frequency_penalty;
                const _errs33 = errors;
                if (!(typeof data8 == 'number' && isFinite(data8)) && data8 !== null) {
                  validate69.errors = [
                    {
                      instancePath: instancePath + '/frequency_penalty',
                      schemaPath: '#/properties/frequency_penalty/type',
                      keyword: 'type',
                      params: { type: schema66.properties.frequency_penalty.type },
                      message: 'must be number,null',
                    },
                  ];
                  return false;
                }
                if (errors === _errs33) {
                  if (typeof data8 == 'number' && isFinite(data8)) {
                    if (data8 > 2 || isNaN(data8)) {
                      validate69.errors = [
                        {
                          instancePath: instancePath + '/frequency_penalty',
                          schemaPath: '#/properties/frequency_penalty/maximum',
                          keyword: 'maximum',
                          params: { comparison: '<=', limit: 2 },
                          message: 'must be <= 2',
                        },
                      ];
                      return false;
                    } else {
                      if (data8 < -2 || isNaN(data8)) {
                        validate69.errors = [
                          {
                            instancePath: instancePath + '/frequency_penalty',
                            schemaPath: '#/properties/frequency_penalty/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: -2 },
                            message: 'must be >= -2',
                          },
                        ];
                        return false;
                      }
                    }
                  }
                }
                var valid0 = _errs33 === errors;
                if (valid0) {
                  let data9 = data.logit_bias;
                  const _errs35 = errors;
                  if (!(data9 && typeof data9 == 'object' && !Array.isArray(data9)) && data9 !== null) {
                    validate69.errors = [
                      {
                        instancePath: instancePath + '/logit_bias',
                        schemaPath: '#/properties/logit_bias/type',
                        keyword: 'type',
                        params: { type: schema66.properties.logit_bias.type },
                        message: 'must be object,null',
                      },
                    ];
                    return false;
                  }
                  if (errors === _errs35) {
                    if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                      for (const key0 in data9) {
                        let data10 = data9[key0];
                        const _errs38 = errors;
                        if (!(
                          typeof data10 == 'number' &&
                          !(data10 % 1) &&
                          !isNaN(data10) &&
                          isFinite(data10)
                        )) {
                          validate69.errors = [
                            {
                              instancePath:
                                instancePath + '/logit_bias/' + key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                              schemaPath: '#/properties/logit_bias/additionalProperties/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        var valid8 = _errs38 === errors;
                        if (!valid8) {
                          break;
                        }
                      }
                    }
                  }
                  var valid0 = _errs35 === errors;
                  if (valid0) {
                    let data11 = data.logprobs;
                    const _errs40 = errors;
                    if (
                      !(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11)) &&
                      data11 !== null
                    ) {
                      validate69.errors = [
                        {
                          instancePath: instancePath + '/logprobs',
                          schemaPath: '#/properties/logprobs/type',
                          keyword: 'type',
                          params: { type: schema66.properties.logprobs.type },
                          message: 'must be integer,null',
                        },
                      ];
                      return false;
                    }
                    if (errors === _errs40) {
                      if (typeof data11 == 'number' && isFinite(data11)) {
                        if (data11 > 5 || isNaN(data11)) {
                          validate69.errors = [
                            {
                              instancePath: instancePath + '/logprobs',
                              schemaPath: '#/properties/logprobs/maximum',
                              keyword: 'maximum',
                              params: { comparison: '<=', limit: 5 },
                              message: 'must be <= 5',
                            },
                          ];
                          return false;
                        } else {
                          if (data11 < 0 || isNaN(data11)) {
                            validate69.errors = [
                              {
                                instancePath: instancePath + '/logprobs',
                                schemaPath: '#/properties/logprobs/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                              },
                            ];
                            return false;
                          }
                        }
                      }
                    }
                    var valid0 = _errs40 === errors;
                    if (valid0) {
                      let data12 = data.max_tokens;
                      const _errs42 = errors;
                      if (
                        !(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12)) &&
                        data12 !== null
                      ) {
                        validate69.errors = [
                          {
                            instancePath: instancePath + '/max_tokens',
                            schemaPath: '#/properties/max_tokens/type',
                            keyword: 'type',
                            params: { type: schema66.properties.max_tokens.type },
                            message: 'must be integer,null',
                          },
                        ];
                        return false;
                      }
                      if (errors === _errs42) {
                        if (typeof data12 == 'number' && isFinite(data12)) {
                          if (data12 < 0 || isNaN(data12)) {
                            validate69.errors = [
                              {
                                instancePath: instancePath + '/max_tokens',
                                schemaPath: '#/properties/max_tokens/minimum',
                                keyword: 'minimum',
                                params: { comparison: '>=', limit: 0 },
                                message: 'must be >= 0',
                              },
                            ];
                            return false;
                          }
                        }
                      }
                      var valid0 = _errs42 === errors;
                      if (valid0) {
                        let data13 = data.n;
                        const _errs44 = errors;
                        if (
                          !(
                            typeof data13 == 'number' &&
                            !(data13 % 1) &&
                            !isNaN(data13) &&
                            isFinite(data13)
                          ) &&
                          data13 !== null
                        ) {
                          validate69.errors = [
                            {
                              instancePath: instancePath + '/n',
                              schemaPath: '#/properties/n/type',
                              keyword: 'type',
                              params: { type: schema66.properties.n.type },
                              message: 'must be integer,null',
                            },
                          ];
                          return false;
                        }
                        if (errors === _errs44) {
                          if (typeof data13 == 'number' && isFinite(data13)) {
                            if (data13 > 128 || isNaN(data13)) {
                              validate69.errors = [
                                {
                                  instancePath: instancePath + '/n',
                                  schemaPath: '#/properties/n/maximum',
                                  keyword: 'maximum',
                                  params: { comparison: '<=', limit: 128 },
                                  message: 'must be <= 128',
                                },
                              ];
                              return false;
                            } else {
                              if (data13 < 1 || isNaN(data13)) {
                                validate69.errors = [
                                  {
                                    instancePath: instancePath + '/n',
                                    schemaPath: '#/properties/n/minimum',
                                    keyword: 'minimum',
                                    params: { comparison: '>=', limit: 1 },
                                    message: 'must be >= 1',
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                        }
                        var valid0 = _errs44 === errors;
                        if (valid0) {
                          let data14 = data.presence_penalty;
                          const _errs46 = errors;
                          if (!(typeof data14 == 'number' && isFinite(data14)) && data14 !== null) {
                            validate69.errors = [
                              {
                                instancePath: instancePath + '/presence_penalty',
                                schemaPath: '#/properties/presence_penalty/type',
                                keyword: 'type',
                                params: { type: schema66.properties.presence_penalty.type },
                                message: 'must be number,null',
                              },
                            ];
                            return false;
                          }
                          if (errors === _errs46) {
                            if (typeof data14 == 'number' && isFinite(data14)) {
                              if (data14 > 2 || isNaN(data14)) {
                                validate69.errors = [
                                  {
                                    instancePath: instancePath + '/presence_penalty',
                                    schemaPath: '#/properties/presence_penalty/maximum',
                                    keyword: 'maximum',
                                    params: { comparison: '<=', limit: 2 },
                                    message: 'must be <= 2',
                                  },
                                ];
                                return false;
                              } else {
                                if (data14 < -2 || isNaN(data14)) {
                                  validate69.errors = [
                                    {
                                      instancePath: instancePath + '/presence_penalty',
                                      schemaPath: '#/properties/presence_penalty/minimum',
                                      keyword: 'minimum',
                                      params: { comparison: '>=', limit: -2 },
                                      message: 'must be >= -2',
                                    },
                                  ];
                                  return false;
                                }
                              }
                            }
                          }
                          var valid0 = _errs46 === errors;
                          if (valid0) {
                            if (data.seed !== undefined) {
                              let data15 = data.seed;
                              const _errs48 = errors;
                              if (
                                !(
                                  typeof data15 == 'number' &&
                                  !(data15 % 1) &&
                                  !isNaN(data15) &&
                                  isFinite(data15)
                                ) &&
                                data15 !== null
                              ) {
                                validate69.errors = [
                                  {
                                    instancePath: instancePath + '/seed',
                                    schemaPath: '#/properties/seed/type',
                                    keyword: 'type',
                                    params: { type: schema66.properties.seed.type },
                                    message: 'must be integer,null',
                                  },
                                ];
                                return false;
                              }
                              if (errors === _errs48) {
                                if (typeof data15 == 'number' && isFinite(data15)) {
                                  if (!formats2.validate(data15)) {
                                    validate69.errors = [
                                      {
                                        instancePath: instancePath + '/seed',
                                        schemaPath: '#/properties/seed/format',
                                        keyword: 'format',
                                        params: { format: 'int64' },
                                        message: 'must match format "' + 'int64' + '"',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                              }
                              var valid0 = _errs48 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.stop !== undefined) {
                                let data16 = data.stop;
                                const _errs50 = errors;
                                const _errs52 = errors;
                                let valid10 = false;
                                const _errs53 = errors;
                                const _errs54 = errors;
                                let valid11 = false;
                                let passing1 = null;
                                const _errs55 = errors;
                                if (typeof data16 !== 'string' && data16 !== null) {
                                  const err18 = {
                                    instancePath: instancePath + '/stop',
                                    schemaPath: '#/components/schemas/StopConfiguration/anyOf/0/oneOf/0/type',
                                    keyword: 'type',
                                    params: { type: schema49.anyOf[0].oneOf[0].type },
                                    message: 'must be string,null',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err18];
                                  } else {
                                    vErrors.push(err18);
                                  }
                                  errors++;
                                }
                                var _valid4 = _errs55 === errors;
                                if (_valid4) {
                                  valid11 = true;
                                  passing1 = 0;
                                }
                                const _errs57 = errors;
                                if (errors === _errs57) {
                                  if (Array.isArray(data16)) {
                                    if (data16.length > 4) {
                                      const err19 = {
                                        instancePath: instancePath + '/stop',
                                        schemaPath:
                                          '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/maxItems',
                                        keyword: 'maxItems',
                                        params: { limit: 4 },
                                        message: 'must NOT have more than 4 items',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err19];
                                      } else {
                                        vErrors.push(err19);
                                      }
                                      errors++;
                                    } else {
                                      if (data16.length < 1) {
                                        const err20 = {
                                          instancePath: instancePath + '/stop',
                                          schemaPath:
                                            '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/minItems',
                                          keyword: 'minItems',
                                          params: { limit: 1 },
                                          message: 'must NOT have fewer than 1 items',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err20];
                                        } else {
                                          vErrors.push(err20);
                                        }
                                        errors++;
                                      } else {
                                        var valid12 = true;
                                        const len4 = data16.length;
                                        for (let i4 = 0; i4 < len4; i4++) {
                                          const _errs59 = errors;
                                          if (typeof data16[i4] !== 'string') {
                                            const err21 = {
                                              instancePath: instancePath + '/stop/' + i4,
                                              schemaPath:
                                                '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/items/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err21];
                                            } else {
                                              vErrors.push(err21);
                                            }
                                            errors++;
                                          }
                                          var valid12 = _errs59 === errors;
                                          if (!valid12) {
                                            break;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err22 = {
                                      instancePath: instancePath + '/stop',
                                      schemaPath:
                                        '#/components/schemas/StopConfiguration/anyOf/0/oneOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err22];
                                    } else {
                                      vErrors.push(err22);
                                    }
                                    errors++;
                                  }
                                }
                                var _valid4 = _errs57 === errors;
                                if (_valid4 && valid11) {
                                  valid11 = false;
                                  passing1 = [passing1, 1];
                                } else {
                                  if (_valid4) {
                                    valid11 = true;
                                    passing1 = 1;
                                  }
                                }
                                if (!valid11) {
                                  const err23 = {
                                    instancePath: instancePath + '/stop',
                                    schemaPath: '#/components/schemas/StopConfiguration/anyOf/0/oneOf',
                                    keyword: 'oneOf',
                                    params: { passingSchemas: passing1 },
                                    message: 'must match exactly one schema in oneOf',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err23];
                                  } else {
                                    vErrors.push(err23);
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
                                var _valid3 = _errs53 === errors;
                                valid10 = valid10 || _valid3;
                                const _errs61 = errors;
                                if (data16 !== null) {
                                  const err24 = {
                                    instancePath: instancePath + '/stop',
                                    schemaPath: '#/components/schemas/StopConfiguration/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err24];
                                  } else {
                                    vErrors.push(err24);
                                  }
                                  errors++;
                                }
                                var _valid3 = _errs61 === errors;
                                valid10 = valid10 || _valid3;
                                if (!valid10) {
                                  const err25 = {
                                    instancePath: instancePath + '/stop',
                                    schemaPath: '#/components/schemas/StopConfiguration/anyOf',
                                    keyword: 'anyOf',
                                    params: {},
                                    message: 'must match a schema in anyOf',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err25];
                                  } else {
                                    vErrors.push(err25);
                                  }
                                  errors++;
                                  validate69.errors = vErrors;
                                  return false;
                                } else {
                                  errors = _errs52;
                                  if (vErrors !== null) {
                                    if (_errs52) {
                                      vErrors.length = _errs52;
                                    } else {
                                      vErrors = null;
                                    }
                                  }
                                }
                                var valid0 = _errs50 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                let data18 = data.stream;
                                const _errs63 = errors;
                                if (typeof data18 !== 'boolean' && data18 !== null) {
                                  validate69.errors = [
                                    {
                                      instancePath: instancePath + '/stream',
                                      schemaPath: '#/properties/stream/type',
                                      keyword: 'type',
                                      params: { type: schema66.properties.stream.type },
                                      message: 'must be boolean,null',
                                    },
                                  ];
                                  return false;
                                }
                                var valid0 = _errs63 === errors;
                                if (valid0) {
                                  if (data.stream_options !== undefined) {
                                    let data19 = data.stream_options;
                                    const _errs65 = errors;
                                    const _errs67 = errors;
                                    let valid14 = false;
                                    const _errs68 = errors;
                                    if (errors === _errs68) {
                                      if (data19 && typeof data19 == 'object' && !Array.isArray(data19)) {
                                        if (data19.include_usage !== undefined) {
                                          const _errs70 = errors;
                                          if (typeof data19.include_usage !== 'boolean') {
                                            const err26 = {
                                              instancePath: instancePath + '/stream_options/include_usage',
                                              schemaPath:
                                                '#/components/schemas/ChatCompletionStreamOptions/anyOf/0/properties/include_usage/type',
                                              keyword: 'type',
                                              params: { type: 'boolean' },
                                              message: 'must be boolean',
                                            };
                                            if (vErrors === null) {
                                              vErrors = [err26];
                                            } else {
                                              vErrors.push(err26);
                                            }
                                            errors++;
                                          }
                                          var valid15 = _errs70 === errors;
                                        } else {
                                          var valid15 = true;
                                        }
                                        if (valid15) {
                                          if (data19.include_obfuscation !== undefined) {
                                            const _errs72 = errors;
                                            if (typeof data19.include_obfuscation !== 'boolean') {
                                              const err27 = {
                                                instancePath:
                                                  instancePath + '/stream_options/include_obfuscation',
                                                schemaPath:
                                                  '#/components/schemas/ChatCompletionStreamOptions/anyOf/0/properties/include_obfuscation/type',
                                                keyword: 'type',
                                                params: { type: 'boolean' },
                                                message: 'must be boolean',
                                              };
                                              if (vErrors === null) {
                                                vErrors = [err27];
                                              } else {
                                                vErrors.push(err27);
                                              }
                                              errors++;
                                            }
                                            var valid15 = _errs72 === errors;
                                          } else {
                                            var valid15 = true;
                                          }
                                        }
                                      } else {
                                        const err28 = {
                                          instancePath: instancePath + '/stream_options',
                                          schemaPath:
                                            '#/components/schemas/ChatCompletionStreamOptions/anyOf/0/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err28];
                                        } else {
                                          vErrors.push(err28);
                                        }
                                        errors++;
                                      }
                                    }
                                    var _valid5 = _errs68 === errors;
                                    valid14 = valid14 || _valid5;
                                    if (_valid5) {
                                      var props0 = {};
                                      props0.include_usage = true;
                                      props0.include_obfuscation = true;
                                    }
                                    const _errs74 = errors;
                                    if (data19 !== null) {
                                      const err29 = {
                                        instancePath: instancePath + '/stream_options',
                                        schemaPath:
                                          '#/components/schemas/ChatCompletionStreamOptions/anyOf/1/type',
                                        keyword: 'type',
                                        params: { type: 'null' },
                                        message: 'must be null',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err29];
                                      } else {
                                        vErrors.push(err29);
                                      }
                                      errors++;
                                    }
                                    var _valid5 = _errs74 === errors;
                                    valid14 = valid14 || _valid5;
                                    if (!valid14) {
                                      const err30 = {
                                        instancePath: instancePath + '/stream_options',
                                        schemaPath: '#/components/schemas/ChatCompletionStreamOptions/anyOf',
                                        keyword: 'anyOf',
                                        params: {},
                                        message: 'must match a schema in anyOf',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err30];
                                      } else {
                                        vErrors.push(err30);
                                      }
                                      errors++;
                                      validate69.errors = vErrors;
                                      return false;
                                    } else {
                                      errors = _errs67;
                                      if (vErrors !== null) {
                                        if (_errs67) {
                                          vErrors.length = _errs67;
                                        } else {
                                          vErrors = null;
                                        }
                                      }
                                    }
                                    var valid0 = _errs65 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                  if (valid0) {
                                    let data22 = data.suffix;
                                    const _errs76 = errors;
                                    if (typeof data22 !== 'string' && data22 !== null) {
                                      validate69.errors = [
                                        {
                                          instancePath: instancePath + '/suffix',
                                          schemaPath: '#/properties/suffix/type',
                                          keyword: 'type',
                                          params: { type: schema66.properties.suffix.type },
                                          message: 'must be string,null',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid0 = _errs76 === errors;
                                    if (valid0) {
                                      let data23 = data.temperature;
                                      const _errs78 = errors;
                                      if (
                                        !(typeof data23 == 'number' && isFinite(data23)) &&
                                        data23 !== null
                                      ) {
                                        validate69.errors = [
                                          {
                                            instancePath: instancePath + '/temperature',
                                            schemaPath: '#/properties/temperature/type',
                                            keyword: 'type',
                                            params: { type: schema66.properties.temperature.type },
                                            message: 'must be number,null',
                                          },
                                        ];
                                        return false;
                                      }
                                      if (errors === _errs78) {
                                        if (typeof data23 == 'number' && isFinite(data23)) {
                                          if (data23 > 2 || isNaN(data23)) {
                                            validate69.errors = [
                                              {
                                                instancePath: instancePath + '/temperature',
                                                schemaPath: '#/properties/temperature/maximum',
                                                keyword: 'maximum',
                                                params: { comparison: '<=', limit: 2 },
                                                message: 'must be <= 2',
                                              },
                                            ];
                                            return false;
                                          } else {
                                            if (data23 < 0 || isNaN(data23)) {
                                              validate69.errors = [
                                                {
                                                  instancePath: instancePath + '/temperature',
                                                  schemaPath: '#/properties/temperature/minimum',
                                                  keyword: 'minimum',
                                                  params: { comparison: '>=', limit: 0 },
                                                  message: 'must be >= 0',
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                        }
                                      }
                                      var valid0 = _errs78 === errors;
                                      if (valid0) {
                                        let data24 = data.top_p;
                                        const _errs80 = errors;
                                        if (
                                          !(typeof data24 == 'number' && isFinite(data24)) &&
                                          data24 !== null
                                        ) {
                                          validate69.errors = [
                                            {
                                              instancePath: instancePath + '/top_p',
                                              schemaPath: '#/properties/top_p/type',
                                              keyword: 'type',
                                              params: { type: schema66.properties.top_p.type },
                                              message: 'must be number,null',
                                            },
                                          ];
                                          return false;
                                        }
                                        if (errors === _errs80) {
                                          if (typeof data24 == 'number' && isFinite(data24)) {
                                            if (data24 > 1 || isNaN(data24)) {
                                              validate69.errors = [
                                                {
                                                  instancePath: instancePath + '/top_p',
                                                  schemaPath: '#/properties/top_p/maximum',
                                                  keyword: 'maximum',
                                                  params: { comparison: '<=', limit: 1 },
                                                  message: 'must be <= 1',
                                                },
                                              ];
                                              return false;
                                            } else {
                                              if (data24 < 0 || isNaN(data24)) {
                                                validate69.errors = [
                                                  {
                                                    instancePath: instancePath + '/top_p',
                                                    schemaPath: '#/properties/top_p/minimum',
                                                    keyword: 'minimum',
                                                    params: { comparison: '>=', limit: 0 },
                                                    message: 'must be >= 0',
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                          }
                                        }
                                        var valid0 = _errs80 === errors;
                                        if (valid0) {
                                          if (data.user !== undefined) {
                                            const _errs82 = errors;
                                            if (typeof data.user !== 'string') {
                                              validate69.errors = [
                                                {
                                                  instancePath: instancePath + '/user',
                                                  schemaPath: '#/properties/user/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid0 = _errs82 === errors;
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
                    }
                  }
                }
              }
            }
          }
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
validate69.evaluated = {
  props: {
    model: true,
    prompt: true,
    best_of: true,
    echo: true,
    frequency_penalty: true,
    logit_bias: true,
    logprobs: true,
    max_tokens: true,
    n: true,
    presence_penalty: true,
    seed: true,
    stop: true,
    stream: true,
    stream_options: true,
    suffix: true,
    temperature: true,
    top_p: true,
    user: true,
  },
  dynamicProps: false,
  dynamicItems: false,
};

function validate68(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createCompletionRequest" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate68.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.body === undefined && (missing0 = 'body')) {
      validate68.errors = [
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
      if (data.body !== undefined) {
        if (
          !validate69(data.body, {
            instancePath: instancePath + '/body',
            parentData: data,
            parentDataProperty: 'body',
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
          errors = vErrors.length;
        }
      }
    }
  }
  validate68.errors = vErrors;
  return errors === 0;
}
validate68.evaluated = {
  props: { query: true, headers: true, params: true, cookies: true, body: true },
  dynamicProps: false,
  dynamicItems: false,
};

export const createEmbeddingRequest = validate71;
const schema69 = {
  $id: 'createEmbeddingRequest',
  properties: {
    query: {},
    headers: {},
    params: {},
    cookies: {},
    body: { $ref: 'contract.json#/components/schemas/CreateEmbeddingRequest' },
  },
  required: ['body'],
};
const schema70 = {
  type: 'object',
  additionalProperties: false,
  properties: {
    input: {
      oneOf: [
        { type: 'string' },
        { type: 'array', minItems: 1, maxItems: 2048, items: { type: 'string', default: '' } },
        { type: 'array', minItems: 1, maxItems: 2048, items: { type: 'integer' } },
        {
          type: 'array',
          minItems: 1,
          maxItems: 2048,
          items: { type: 'array', minItems: 1, items: { type: 'integer' } },
        },
      ],
    },
    model: {
      anyOf: [
        { type: 'string' },
        {
          type: 'string',
          enum: ['text-embedding-ada-002', 'text-embedding-3-small', 'text-embedding-3-large'],
        },
      ],
    },
    encoding_format: { default: 'float', type: 'string', enum: ['float', 'base64'] },
    dimensions: { type: 'integer', minimum: 1 },
    user: { type: 'string' },
  },
  required: ['model', 'input'],
};

function validate71(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  /*# sourceURL="createEmbeddingRequest" */ let vErrors = null;
  let errors = 0;
  const evaluated0 = validate71.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0;
    if (data.body === undefined && (missing0 = 'body')) {
      validate71.errors = [
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
      if (data.body !== undefined) {
        let data0 = data.body;
        const _errs1 = errors;
        if (errors === _errs1) {
          if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
            if (data0.encoding_format === undefined) {
              data0.encoding_format = 'float';
            }
            let missing1;
            if (
              (data0.model === undefined && (missing1 = 'model')) ||
              (data0.input === undefined && (missing1 = 'input'))
            ) {
              validate71.errors = [
                {
                  instancePath: instancePath + '/body',
                  schemaPath: 'contract.json#/components/schemas/CreateEmbeddingRequest/required',
                  keyword: 'required',
                  params: { missingProperty: missing1 },
                  message: "must have required property '" + missing1 + "'",
                },
              ];
              return false;
            } else {
              const _errs3 = errors;
              for (const key0 in data0) {
                if (!(
                  key0 === 'input' ||
                  key0 === 'model' ||
                  key0 === 'encoding_format' ||
                  key0 === 'dimensions' ||
                  key0 === 'user'
                )) {
                  validate71.errors = [
                    {
                      instancePath: instancePath + '/body',
                      schemaPath:
                        'contract.json#/components/schemas/CreateEmbeddingRequest/additionalProperties',
                      keyword: 'additionalProperties',
                      params: { additionalProperty: key0 },
                      message: 'must NOT have additional properties',
                    },
                  ];
                  return false;
                  break;
                }
              }
              if (_errs3 === errors) {
                if (data0.input !== undefined) {
                  let data1 = data0.input;
                  const _errs4 = errors;
                  const _errs5 = errors;
                  let valid3 = false;
                  let passing0 = null;
                  const _errs6 = errors;
                  if (typeof data1 !== 'string') {
                    const err0 = {
                      instancePath: instancePath + '/body/input',
                      schemaPath:
                        'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/0/type',
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
                  if (_valid0) {
                    valid3 = true;
                    passing0 = 0;
                  }
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (Array.isArray(data1)) {
                      if (data1.length > 2048) {
                        const err1 = {
                          instancePath: instancePath + '/body/input',
                          schemaPath:
                            'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/1/maxItems',
                          keyword: 'maxItems',
                          params: { limit: 2048 },
                          message: 'must NOT have more than 2048 items',
                        };
                        if (vErrors === null) {
                          vErrors = [err1];
                        } else {
                          vErrors.push(err1);
                        }
                        errors++;
                      } else {
                        if (data1.length < 1) {
                          const err2 = {
                            instancePath: instancePath + '/body/input',
                            schemaPath:
                              'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/1/minItems',
                            keyword: 'minItems',
                            params: { limit: 1 },
                            message: 'must NOT have fewer than 1 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err2];
                          } else {
                            vErrors.push(err2);
                          }
                          errors++;
                        } else {
                          var valid4 = true;
                          const len0 = data1.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs10 = errors;
                            if (typeof data1[i0] !== 'string') {
                              const err3 = {
                                instancePath: instancePath + '/body/input/' + i0,
                                schemaPath:
                                  'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/1/items/type',
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
                            var valid4 = _errs10 === errors;
                            if (!valid4) {
                              break;
                            }
                          }
                        }
                      }
                    } else {
                      const err4 = {
                        instancePath: instancePath + '/body/input',
                        schemaPath:
                          'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/1/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                  }
                  var _valid0 = _errs8 === errors;
                  if (_valid0 && valid3) {
                    valid3 = false;
                    passing0 = [passing0, 1];
                  } else {
                    if (_valid0) {
                      valid3 = true;
                      passing0 = 1;
                      var items0 = true;
                    }
                    const _errs12 = errors;
                    if (errors === _errs12) {
                      if (Array.isArray(data1)) {
                        if (data1.length > 2048) {
                          const err5 = {
                            instancePath: instancePath + '/body/input',
                            schemaPath:
                              'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/2/maxItems',
                            keyword: 'maxItems',
                            params: { limit: 2048 },
                            message: 'must NOT have more than 2048 items',
                          };
                          if (vErrors === null) {
                            vErrors = [err5];
                          } else {
                            vErrors.push(err5);
                          }
                          errors++;
                        } else {
                          if (data1.length < 1) {
                            const err6 = {
                              instancePath: instancePath + '/body/input',
                              schemaPath:
                                'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/2/minItems',
                              keyword: 'minItems',
                              params: { limit: 1 },
                              message: 'must NOT have fewer than 1 items',
                            };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          } else {
                            var valid5 = true;
                            const len1 = data1.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data3 = data1[i1];
                              const _errs14 = errors;
                              if (!(
                                typeof data3 == 'number' &&
                                !(data3 % 1) &&
                                !isNaN(data3) &&
                                isFinite(data3)
                              )) {
                                const err7 = {
                                  instancePath: instancePath + '/body/input/' + i1,
                                  schemaPath:
                                    'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/2/items/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                };
                                if (vErrors === null) {
                                  vErrors = [err7];
                                } else {
                                  vErrors.push(err7);
                                }
                                errors++;
                              }
                              var valid5 = _errs14 === errors;
                              if (!valid5) {
                                break;
                              }
                            }
                          }
                        }
                      } else {
                        const err8 = {
                          instancePath: instancePath + '/body/input',
                          schemaPath:
                            'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/2/type',
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
                    var _valid0 = _errs12 === errors;
                    if (_valid0 && valid3) {
                      valid3 = false;
                      passing0 = [passing0, 2];
                    } else {
                      if (_valid0) {
                        valid3 = true;
                        passing0 = 2;
                        if (items0 !== true) {
                          items0 = true;
                        }
                      }
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (Array.isArray(data1)) {
                          if (data1.length > 2048) {
                            const err9 = {
                              instancePath: instancePath + '/body/input',
                              schemaPath:
                                'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/3/maxItems',
                              keyword: 'maxItems',
                              params: { limit: 2048 },
                              message: 'must NOT have more than 2048 items',
                            };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          } else {
                            if (data1.length < 1) {
                              const err10 = {
                                instancePath: instancePath + '/body/input',
                                schemaPath:
                                  'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/3/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items',
                              };
                              if (vErrors === null) {
                                vErrors = [err10];
                              } else {
                                vErrors.push(err10);
                              }
                              errors++;
                            } else {
                              var valid6 = true;
                              const len2 = data1.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data4 = data1[i2];
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (Array.isArray(data4)) {
                                    if (data4.length < 1) {
                                      const err11 = {
                                        instancePath: instancePath + '/body/input/' + i2,
                                        schemaPath:
                                          'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/3/items/minItems',
                                        keyword: 'minItems',
                                        params: { limit: 1 },
                                        message: 'must NOT have fewer than 1 items',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err11];
                                      } else {
                                        vErrors.push(err11);
                                      }
                                      errors++;
                                    } else {
                                      var valid7 = true;
                                      const len3 = data4.length;
                                      for (let i3 = 0; i3 < len3; i3++) {
                                        let data5 = data4[i3];
                                        const _errs20 = errors;
                                        if (!(
                                          typeof data5 == 'number' &&
                                          !(data5 % 1) &&
                                          !isNaN(data5) &&
                                          isFinite(data5)
                                        )) {
                                          const err12 = {
                                            instancePath: instancePath + '/body/input/' + i2 + '/' + i3,
                                            schemaPath:
                                              'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/3/items/items/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err12];
                                          } else {
                                            vErrors.push(err12);
                                          }
                                          errors++;
                                        }
                                        var valid7 = _errs20 === errors;
                                        if (!valid7) {
                                          break;
                                        }
                                      }
                                    }
                                  } else {
                                    const err13 = {
                                      instancePath: instancePath + '/body/input/' + i2,
                                      schemaPath:
                                        'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/3/items/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err13];
                                    } else {
                                      vErrors.push(err13);
                                    }
                                    errors++;
                                  }
                                }
                                var valid6 = _errs18 === errors;
                                if (!valid6) {
                                  break;
                                }
                              }
                            }
                          }
                        } else {
                          const err14 = {
                            instancePath: instancePath + '/body/input',
                            schemaPath:
                              'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf/3/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          };
                          if (vErrors === null) {
                            vErrors = [err14];
                          } else {
                            vErrors.push(err14);
                          }
                          errors++;
                        }
                      }
                      var _valid0 = _errs16 === errors;
                      if (_valid0 && valid3) {
                        valid3 = false;
                        passing0 = [passing0, 3];
                      } else {
                        if (_valid0) {
                          valid3 = true;
                          passing0 = 3;
                          if (items0 !== true) {
                            items0 = true;
                          }
                        }
                      }
                    }
                  }
                  if (!valid3) {
                    const err15 = {
                      instancePath: instancePath + '/body/input',
                      schemaPath:
                        'contract.json#/components/schemas/CreateEmbeddingRequest/properties/input/oneOf',
                      keyword: 'oneOf',
                      params: { passingSchemas: passing0 },
                      message: 'must match exactly one schema in oneOf',
                    };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                    validate71.errors = vErrors;
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
                  if (data0.model !== undefined) {
                    let data6 = data0.model;
                    const _errs22 = errors;
                    const _errs23 = errors;
                    let valid8 = false;
                    const _errs24 = errors;
                    if (typeof data6 !== 'string') {
                      const err16 = {
                        instancePath: instancePath + '/body/model',
                        schemaPath:
                          'contract.json#/components/schemas/CreateEmbeddingRequest/properties/model/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                    var _valid1 = _errs24 === errors;
                    valid8 = valid8 || _valid1;
                    const _errs26 = errors;
                    if (typeof data6 !== 'string') {
                      const err17 = {
                        instancePath: instancePath + '/body/model',
                        schemaPath:
                          'contract.json#/components/schemas/CreateEmbeddingRequest/properties/model/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    if (!(
                      data6 === 'text-embedding-ada-002' ||
                      data6 === 'text-embedding-3-small' ||
                      data6 === 'text-embedding-3-large'
                    )) {
                      const err18 = {
                        instancePath: instancePath + '/body/model',
                        schemaPath:
                          'contract.json#/components/schemas/CreateEmbeddingRequest/properties/model/anyOf/1/enum',
                        keyword: 'enum',
                        params: { allowedValues: schema70.properties.model.anyOf[1].enum },
                        message: 'must be equal to one of the allowed values',
                      };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    var _valid1 = _errs26 === errors;
                    valid8 = valid8 || _valid1;
                    if (!valid8) {
                      const err19 = {
                        instancePath: instancePath + '/body/model',
                        schemaPath:
                          'contract.json#/components/schemas/CreateEmbeddingRequest/properties/model/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf',
                      };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                      validate71.errors = vErrors;
                      return false;
                    } else {
                      errors = _errs23;
                      if (vErrors !== null) {
                        if (_errs23) {
                          vErrors.length = _errs23;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                    var valid2 = _errs22 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    let data7 = data0.encoding_format;
                    const _errs28 = errors;
                    if (typeof data7 !== 'string') {
                      validate71.errors = [
                        {
                          instancePath: instancePath + '/body/encoding_format',
                          schemaPath:
                            'contract.json#/components/schemas/CreateEmbeddingRequest/properties/encoding_format/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                    if (!(data7 === 'float' || data7 === 'base64')) {
                      validate71.errors = [
                        {
                          instancePath: instancePath + '/body/encoding_format',
                          schemaPath:
                            'contract.json#/components/schemas/CreateEmbeddingRequest/properties/encoding_format/enum',
                          keyword: 'enum',
                          params: { allowedValues: schema70.properties.encoding_format.enum },
                          message: 'must be equal to one of the allowed values',
                        },
                      ];
                      return false;
                    }
                    var valid2 = _errs28 === errors;
                    if (valid2) {
                      if (data0.dimensions !== undefined) {
                        let data8 = data0.dimensions;
                        const _errs30 = errors;
                        if (!(typeof data8 == 'number' && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
                          validate71.errors = [
                            {
                              instancePath: instancePath + '/body/dimensions',
                              schemaPath:
                                'contract.json#/components/schemas/CreateEmbeddingRequest/properties/dimensions/type',
                              keyword: 'type',
                              params: { type: 'integer' },
                              message: 'must be integer',
                            },
                          ];
                          return false;
                        }
                        if (errors === _errs30) {
                          if (typeof data8 == 'number' && isFinite(data8)) {
                            if (data8 < 1 || isNaN(data8)) {
                              validate71.errors = [
                                {
                                  instancePath: instancePath + '/body/dimensions',
                                  schemaPath:
                                    'contract.json#/components/schemas/CreateEmbeddingRequest/properties/dimensions/minimum',
                                  keyword: 'minimum',
                                  params: { comparison: '>=', limit: 1 },
                                  message: 'must be >= 1',
                                },
                              ];
                              return false;
                            }
                          }
                        }
                        var valid2 = _errs30 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data0.user !== undefined) {
                          const _errs32 = errors;
                          if (typeof data0.user !== 'string') {
                            validate71.errors = [
                              {
                                instancePath: instancePath + '/body/user',
                                schemaPath:
                                  'contract.json#/components/schemas/CreateEmbeddingRequest/properties/user/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              },
                            ];
                            return false;
                          }
                          var valid2 = _errs32 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          } else {
            validate71.errors = [
              {
                instancePath: instancePath + '/body',
                schemaPath: 'contract.json#/components/schemas/CreateEmbeddingRequest/type',
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
  }
  validate71.errors = vErrors;
  return errors === 0;
}
validate71.evaluated = {
  props: { query: true, headers: true, params: true, cookies: true, body: true },
  dynamicProps: false,
  dynamicItems: false,
};
