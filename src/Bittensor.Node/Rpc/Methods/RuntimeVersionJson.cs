using Bittensor.Core.Primitives;
using Bittensor.Runtime.Framework;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// sp_version's <c>RuntimeVersion</c> as serde writes it (camelCase; <c>apis</c> as <c>[["0x&lt;8-byte id&gt;",version],…]</c>;
/// <c>systemVersion</c> and, for older clients, the same value again as <c>stateVersion</c>), in Substrate's field order.
/// </summary>
internal sealed record RuntimeVersionJson(
    string SpecName,
    string ImplName,
    uint AuthoringVersion,
    uint SpecVersion,
    uint ImplVersion,
    IReadOnlyList<RuntimeApiVersionJson> Apis,
    uint TransactionVersion,
    byte SystemVersion,
    byte StateVersion)
{
    public static RuntimeVersionJson From(RuntimeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new RuntimeVersionJson(
            version.SpecName,
            version.ImplName,
            version.AuthoringVersion,
            version.SpecVersion,
            version.ImplVersion,
            [.. version.Apis.Select(api => new RuntimeApiVersionJson(Hex.Encode(api.Id), api.Version))],
            version.TransactionVersion,
            version.SystemVersion,
            version.SystemVersion);
    }
}
