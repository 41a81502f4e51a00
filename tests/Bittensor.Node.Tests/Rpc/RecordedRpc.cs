using System.Text.Json;
using Bittensor.Testing;

namespace Bittensor.Node.Tests.Rpc;

/// <summary>
/// The finney recordings (<c>shared/reference/finney/recorded-rpc.json</c>, read in place): SDK method → RPC method → JSON
/// params → response, where <c>{"__cycle__":[…]}</c> holds successive answers. Gives every successful sample per RPC method,
/// and per runtime API for <c>state_call</c>.
/// </summary>
internal static class RecordedRpc
{
    private static readonly Lazy<IReadOnlyList<RecordedCall>> s_calls = new(Load);

    public static IReadOnlyList<RecordedCall> Calls => s_calls.Value;

    /// <summary>The shape key: the method, or <c>state_call:&lt;Api_method&gt;</c>.</summary>
    public static string KeyOf(string method, JsonElement parameters) =>
        method == "state_call" && parameters.ValueKind == JsonValueKind.Array && parameters.GetArrayLength() > 0
            ? "state_call:" + parameters[0].GetString()
            : method;

    private static List<RecordedCall> Load()
    {
        string path = Path.Combine(RepoPaths.FinneyFolder, "recorded-rpc.json");
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        var calls = new List<RecordedCall>();
        foreach (JsonProperty sdkMethod in document.RootElement.EnumerateObject())
        {
            foreach (JsonProperty rpcMethod in sdkMethod.Value.EnumerateObject())
            {
                foreach (JsonProperty request in rpcMethod.Value.EnumerateObject())
                {
                    JsonElement parameters = JsonDocument.Parse(request.Name).RootElement.Clone();
                    foreach (JsonElement response in Responses(request.Value))
                    {
                        if (response.TryGetProperty("result", out JsonElement result))
                        {
                            calls.Add(new RecordedCall(rpcMethod.Name, KeyOf(rpcMethod.Name, parameters), parameters, result.Clone()));
                        }
                    }
                }
            }
        }

        return calls;
    }

    private static List<JsonElement> Responses(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("__cycle__", out JsonElement cycle) ? [.. cycle.EnumerateArray()] : [value];
}
