using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bittensor.Core.Primitives;

/// <summary>A 32-byte account id (sp_runtime::AccountId32): the sr25519/ed25519 public key itself.</summary>
public readonly struct AccountId32 : IEquatable<AccountId32>, IComparable<AccountId32>, ISpanFormattable
{
    public const int Size = 32;

    private readonly Bytes32 _bytes;

    public AccountId32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"an AccountId32 is {Size} bytes, got {bytes.Length}", nameof(bytes));
        }

        bytes.CopyTo(_bytes);
    }

    /// <summary>The raw 32 bytes.</summary>
    public ReadOnlySpan<byte> AsSpan() => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.AsRef(in _bytes[0]), Size);

    public byte[] ToArray() => AsSpan().ToArray();

    /// <summary>The SS58 address under <paramref name="prefix"/> (42, the Bittensor default, starts with '5').</summary>
    public string ToSs58(ushort prefix = Ss58.BittensorPrefix) => Ss58.Encode(AsSpan(), prefix);

    /// <summary>Parses an SS58 address of any prefix, or a 0x-prefixed 32-byte hex string.</summary>
    public static AccountId32 Parse(string text)
    {
        if (!TryParse(text, out AccountId32 id, out string? error))
        {
            throw new FormatException(error);
        }

        return id;
    }

    public static bool TryParse(string? text, out AccountId32 id, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty account id";
            return false;
        }

        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (!Hex.TryDecode(text, out byte[]? raw, out string? hexError))
            {
                error = hexError;
                return false;
            }

            if (raw.Length != Size)
            {
                error = $"an AccountId32 is {Size} bytes, got {raw.Length}";
                return false;
            }

            id = new AccountId32(raw);
            error = null;
            return true;
        }

        if (!Ss58.TryDecode(text, out byte[] key, out _, out string? ss58Error))
        {
            error = ss58Error ?? "invalid SS58 address";
            return false;
        }

        error = null;

        id = new AccountId32(key);
        return true;
    }

    public bool Equals(AccountId32 other) => AsSpan().SequenceEqual(other.AsSpan());

    public override bool Equals(object? obj) => obj is AccountId32 other && Equals(other);

    public override int GetHashCode() => MemoryMarshal.Read<int>(AsSpan());

    public int CompareTo(AccountId32 other) => AsSpan().SequenceCompareTo(other.AsSpan());

    public override string ToString() => ToSs58();

    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "S" => ToSs58(),
        "X" or "x" => Hex.Encode(AsSpan()),
        _ => throw new FormatException($"unknown AccountId32 format '{format}' (use S or x)"),
    };

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string s = ToString(format.IsEmpty ? null : format.ToString(), provider);
        if (s.Length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        s.CopyTo(destination);
        charsWritten = s.Length;
        return true;
    }

    public static bool operator ==(AccountId32 left, AccountId32 right) => left.Equals(right);

    public static bool operator !=(AccountId32 left, AccountId32 right) => !left.Equals(right);

    public static bool operator <(AccountId32 left, AccountId32 right) => left.CompareTo(right) < 0;

    public static bool operator >(AccountId32 left, AccountId32 right) => left.CompareTo(right) > 0;

    public static bool operator <=(AccountId32 left, AccountId32 right) => left.CompareTo(right) <= 0;

    public static bool operator >=(AccountId32 left, AccountId32 right) => left.CompareTo(right) >= 0;
}
