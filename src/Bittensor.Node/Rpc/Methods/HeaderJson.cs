using System.Globalization;
using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Node.Rpc.Methods;

/// <summary>
/// A header as sp_runtime's <c>generic::Header</c> serializes it (serde camelCase): hashes as 0x-hex, the number as a
/// 0x-hex quantity without leading zeros (the Python SDK parses it with <c>int(x, 16)</c>), the digest logs as the hex of
/// each SCALE-encoded <c>DigestItem</c>.
/// </summary>
internal sealed record HeaderJson(string ParentHash, string Number, string StateRoot, string ExtrinsicsRoot, DigestJson Digest)
{
    public static HeaderJson From(Header header)
    {
        ArgumentNullException.ThrowIfNull(header);
        string[] logs = new string[header.Digest.Logs.Count];
        for (int i = 0; i < logs.Length; i++)
        {
            logs[i] = Hex.Encode(ScaleCodec.Encode(header.Digest.Logs[i]));
        }

        return new HeaderJson(
            header.ParentHash.ToString(),
            "0x" + header.Number.ToString("x", CultureInfo.InvariantCulture),
            header.StateRoot.ToString(),
            header.ExtrinsicsRoot.ToString(),
            new DigestJson(logs));
    }
}
