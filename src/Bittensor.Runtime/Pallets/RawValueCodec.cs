using Bittensor.Core.Scale;
using Bittensor.Runtime.Framework.Storage;
using Bittensor.Runtime.Framework.Types;

namespace Bittensor.Runtime.Pallets;

/// <summary>A codec that stores already-encoded bytes as-is while metadata describes them by a type (System.Events).</summary>
internal static class RawValueCodec
{
    public static ValueCodec<byte[]> For(TypeRef type) => new(
        type,
        static (in byte[] value, ref ScaleWriter writer) => writer.WriteBytes(value),
        static (ref ScaleReader reader) => reader.ReadBytes(reader.Remaining, "raw value").ToArray());
}
