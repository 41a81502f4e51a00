using System.Text.Json;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain;

public sealed partial class SubtensorClient
{
    /// <summary>
    /// Calls runtime API <c>api.method(arguments)</c> through <c>state_call</c>, encoding the arguments and decoding
    /// the result with the types the V15 metadata declares (Python SDK <c>query_runtime_api</c>).
    /// </summary>
    public async Task<ScaleValue> CallRuntimeApiAsync(string api, string method, IReadOnlyList<ScaleValue>? arguments = null, H256? at = null, CancellationToken cancellationToken = default)
    {
        if (!Metadata.TryGetRuntimeApi(api, method, out RuntimeApiMethod? found))
        {
            throw new InvalidOperationException($"the runtime (spec {RuntimeVersion.SpecVersion}, metadata V{Metadata.Version}) declares no runtime API {api}.{method}");
        }

        byte[] data = found.EncodeArguments([.. arguments ?? []]);
        byte[] result = await StateCallAsync(found.StateCallName, data, at, cancellationToken).ConfigureAwait(false);
        return found.DecodeOutput(result);
    }

    /// <summary>Raw <c>state_call</c>: the SCALE bytes the runtime returned.</summary>
    public async Task<byte[]> StateCallAsync(string name, ReadOnlyMemory<byte> data, H256? at = null, CancellationToken cancellationToken = default)
    {
        List<object?> parameters = [name, Hex.Encode(data.Span)];
        if (at is not null)
        {
            parameters.Add(HashParam(at));
        }

        JsonElement result = await Rpc.RequestAsync("state_call", parameters, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Hex.Decode(result.GetString());
    }
}
