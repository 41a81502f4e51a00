using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary><c>frame_system::DispatchEventInfo</c>, carried by ExtrinsicSuccess/ExtrinsicFailed: weight, class (u8), pays_fee (u8).</summary>
public readonly record struct DispatchEventInfo(Weight Weight, DispatchClass Class, Pays PaysFee) : IScaleCodec<DispatchEventInfo>
{
    public static int MinEncodedSize => 4;

    public static void Encode(in DispatchEventInfo value, ref ScaleWriter writer)
    {
        Weight weight = value.Weight;
        writer.Write(in weight);
        writer.WriteU8((byte)value.Class);
        writer.WriteU8((byte)value.PaysFee);
    }

    public static DispatchEventInfo Decode(ref ScaleReader reader)
    {
        Weight weight = reader.Read<Weight>();
        var dispatchClass = (DispatchClass)reader.ReadVariantIndex("DispatchClass", 3);
        var pays = (Pays)reader.ReadVariantIndex("Pays", 2);
        return new DispatchEventInfo(weight, dispatchClass, pays);
    }
}
