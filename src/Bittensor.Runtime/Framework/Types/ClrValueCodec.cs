using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework.Types;

/// <summary>An <see cref="IValueCodec"/> for a CLR type with an <see cref="IScaleCodec{T}"/>.</summary>
public sealed class ClrValueCodec<T, TCodec> : IValueCodec
    where TCodec : IScaleCodec<T>
{
    public static ClrValueCodec<T, TCodec> Instance { get; } = new();

    public void Encode(object? value, ref ScaleWriter writer)
    {
        if (value is not T typed)
        {
            throw new ArgumentException($"expected a {typeof(T).Name}, got {value?.GetType().Name ?? "null"}");
        }

        TCodec.Encode(in typed, ref writer);
    }

    public object? Decode(ref ScaleReader reader, IScaleValueContext? context) => TCodec.Decode(ref reader);
}
