using System.Globalization;
using System.Text.Json;
using Bittensor.Core.Primitives;

namespace Bittensor.Sdk.Chain;

/// <summary>The parts of a <c>chain_getHeader</c> answer a client uses (the hash it was asked for, number, parent).</summary>
public sealed record BlockHeader(H256 Hash, uint Number, H256 ParentHash)
{
    internal static BlockHeader FromJson(H256 hash, JsonElement json)
    {
        string number = json.GetProperty("number").GetString() ?? throw new FormatException("header number is not a string");
        ReadOnlySpan<char> digits = number.StartsWith("0x", StringComparison.Ordinal) ? number.AsSpan(2) : number.AsSpan();
        return new BlockHeader(
            hash,
            uint.Parse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture),
            H256.Parse(json.GetProperty("parentHash").GetString()!));
    }
}
