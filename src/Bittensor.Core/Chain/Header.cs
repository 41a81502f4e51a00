using Bittensor.Core.Primitives;
using Bittensor.Core.Scale;

namespace Bittensor.Core.Chain;

/// <summary>
/// A block header, <c>sp_runtime::generic::Header&lt;u32, BlakeTwo256&gt;</c> (generic/header.rs): parent hash,
/// number as <c>Compact&lt;u32&gt;</c> (subtensor's BlockNumber), state root, extrinsics root, digest.
/// </summary>
public sealed record Header(H256 ParentHash, uint Number, H256 StateRoot, H256 ExtrinsicsRoot, Digest Digest) : IScaleCodec<Header>
{
    public Digest Digest { get; init; } = Digest ?? throw new ArgumentNullException(nameof(Digest));

    /// <summary>The block hash: BLAKE2b-256 of the full encoding, seal included.</summary>
    public H256 Hash() => ScaleCodec.Blake2b256Of<Header, Header>(this);

    /// <summary>The SCALE encoding.</summary>
    public byte[] Encode() => ScaleCodec.Encode(this);

    public static int MinEncodedSize => (3 * H256.Size) + 2;

    public static void Encode(in Header value, ref ScaleWriter writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        H256 parent = value.ParentHash;
        H256 state = value.StateRoot;
        H256 extrinsics = value.ExtrinsicsRoot;
        writer.Write<H256, H256Codec>(in parent);
        writer.WriteCompact(value.Number);
        writer.Write<H256, H256Codec>(in state);
        writer.Write<H256, H256Codec>(in extrinsics);
        writer.Write(value.Digest);
    }

    public static Header Decode(ref ScaleReader reader)
    {
        H256 parent = reader.Read<H256, H256Codec>();
        uint number = reader.ReadCompactU32();
        H256 state = reader.Read<H256, H256Codec>();
        H256 extrinsics = reader.Read<H256, H256Codec>();
        Digest digest = reader.Read<Digest>();
        return new Header(parent, number, state, extrinsics, digest);
    }
}
