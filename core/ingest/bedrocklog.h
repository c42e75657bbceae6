#pragma once
// Amazon Bedrock model invocation logs (the JSON records Bedrock writes to CloudWatch Logs or S3, one per
// request, schemaType "ModelInvocationLog") as requests of the attribution lens: `import` reads them like
// any request log, plain or gzip-compressed (S3 writes .json.gz).
//
// Mapping: requestId -> id, timestamp -> ts, provider "bedrock", modelId -> model (a model or profile ARN
// reduced to its id), input.inputTokenCount + cache reads + cache writes -> input (the store counts every
// prompt token), cacheReadInputTokenCount -> cached input, cacheWriteInputTokenCount -> cache writes (1 h
// when the response body's usage.cacheDetails says so), output.outputTokenCount -> output, identity.arn ->
// user, errorCode -> an error status, the request's and response's text when logged -> prompt/response,
// requestMetadata keys -> tags, and those named tenant, team, project, env, prompt_id, prompt_version,
// trace_id -> the dimensions of the same name (allocation). region and inferenceRegion become tags.

#include "model/usage.h"

#include <string>
#include <string_view>

namespace burnrate {

// True when `line` is a Bedrock invocation log record (cheap: looks for its schemaType).
bool isBedrockInvocationLog(std::string_view line);

// Parses one record; false with a one-line reason when it is not a valid invocation log record.
bool parseBedrockInvocationLog(std::string_view line, UsageEvent& out, std::string& reason);

} // namespace burnrate
