using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bittensor.Core.Scale;

/// <summary>
/// Codecs whose encoding of a <c>T</c> is exactly its in-memory bytes on a little-endian machine (fixed-width
/// integers), so a Vec or array of them is one block copy instead of a call per element. The checks are on
/// struct type arguments and fold to constants in each specialised instantiation.
/// ScaleBenchmarks "Vec&lt;u16&gt;[256]" measures the gain.
/// </summary>
internal static class RawLayout
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsRaw<TCodec>() =>
        BitConverter.IsLittleEndian
        && (typeof(TCodec) == typeof(U8Codec) || typeof(TCodec) == typeof(I8Codec)
            || typeof(TCodec) == typeof(U16Codec) || typeof(TCodec) == typeof(I16Codec)
            || typeof(TCodec) == typeof(U32Codec) || typeof(TCodec) == typeof(I32Codec)
            || typeof(TCodec) == typeof(U64Codec) || typeof(TCodec) == typeof(I64Codec)
            || typeof(TCodec) == typeof(U128Codec) || typeof(TCodec) == typeof(I128Codec));

    /// <summary>The bytes of <paramref name="items"/>; only valid when <see cref="IsRaw{TCodec}"/> holds (T is then a primitive integer).</summary>
    public static ReadOnlySpan<byte> AsBytes<T>(ReadOnlySpan<T> items) =>
        MemoryMarshal.CreateReadOnlySpan(
            ref Unsafe.As<T, byte>(ref MemoryMarshal.GetReference(items)),
            checked(items.Length * Unsafe.SizeOf<T>()));

    /// <inheritdoc cref="AsBytes{T}(ReadOnlySpan{T})"/>
    public static Span<byte> AsBytes<T>(T[] items) =>
        MemoryMarshal.CreateSpan(
            ref Unsafe.As<T, byte>(ref MemoryMarshal.GetArrayDataReference(items)),
            checked(items.Length * Unsafe.SizeOf<T>()));
}
