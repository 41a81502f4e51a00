using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;

namespace Bittensor.Node.Chain;

/// <summary>An imported block: its hash (blake2_256 of the sealed header), the sealed header and the SCALE-encoded extrinsics.</summary>
internal sealed record BlockEntry(H256 Hash, Header Header, IReadOnlyList<byte[]> Extrinsics)
{
    public uint Number => Header.Number;
}
