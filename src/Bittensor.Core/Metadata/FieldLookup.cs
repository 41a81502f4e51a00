namespace Bittensor.Core.Metadata;

/// <summary>Shared helpers of the value types that hold fields or items.</summary>
internal static class FieldLookup
{
    public static bool TryGet(IReadOnlyList<ScaleField> fields, string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ScaleValue? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (ScaleField f in fields)
        {
            if (string.Equals(f.Name, name, StringComparison.Ordinal))
            {
                value = f.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The items as bytes when each is a u8 (or an integer in 0..255).</summary>
    public static byte[] ToBytes(IEnumerable<ScaleValue> items, ScaleValueKind kind)
    {
        var bytes = new List<byte>();
        foreach (ScaleValue item in items)
        {
            if (item is not PrimitiveValue { IsInteger: true } p || !p.TryGetUInt128(out UInt128 v) || v > byte.MaxValue)
            {
                throw new InvalidOperationException($"a {kind} value whose items are not all bytes is not a byte string");
            }

            bytes.Add((byte)v);
        }

        return [.. bytes];
    }
}
