using System.Text.Json;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>One successful finney request/response pair.</summary>
internal sealed record RecordedCall(string Method, string Key, JsonElement Params, JsonElement Result);
