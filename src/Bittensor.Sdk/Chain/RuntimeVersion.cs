using System.Text.Json;

namespace Bittensor.Sdk.Chain;

/// <summary>The node's <c>state_getRuntimeVersion</c> answer (the fields a client needs to sign and pick metadata).</summary>
public sealed record RuntimeVersion(string SpecName, uint SpecVersion, uint TransactionVersion, uint ImplVersion)
{
    public static RuntimeVersion FromJson(JsonElement json) => new(
        json.GetProperty("specName").GetString() ?? string.Empty,
        json.GetProperty("specVersion").GetUInt32(),
        json.TryGetProperty("transactionVersion", out JsonElement tx) ? tx.GetUInt32() : 1,
        json.TryGetProperty("implVersion", out JsonElement impl) ? impl.GetUInt32() : 0);
}
