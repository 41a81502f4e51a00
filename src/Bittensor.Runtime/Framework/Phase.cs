using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary><c>frame_system::Phase</c>: the part of the block an event was deposited in.</summary>
public readonly record struct Phase(PhaseKind Kind, uint ExtrinsicIndex) : IScaleCodec<Phase>
{
    public static Phase Initialization => new(PhaseKind.Initialization, 0);

    public static Phase Finalization => new(PhaseKind.Finalization, 0);

    public static Phase ApplyExtrinsic(uint index) => new(PhaseKind.ApplyExtrinsic, index);

    public static int MinEncodedSize => 1;

    public static void Encode(in Phase value, ref ScaleWriter writer)
    {
        writer.WriteVariantIndex((byte)value.Kind);
        if (value.Kind == PhaseKind.ApplyExtrinsic)
        {
            writer.WriteU32(value.ExtrinsicIndex);
        }
    }

    public static Phase Decode(ref ScaleReader reader)
    {
        var kind = (PhaseKind)reader.ReadVariantIndex("Phase", 3);
        return kind == PhaseKind.ApplyExtrinsic ? ApplyExtrinsic(reader.ReadU32()) : new Phase(kind, 0);
    }

    public override string ToString() => Kind == PhaseKind.ApplyExtrinsic ? $"ApplyExtrinsic({ExtrinsicIndex})" : Kind.ToString();
}
