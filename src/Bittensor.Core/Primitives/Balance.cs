using System.Globalization;

namespace Bittensor.Core.Primitives;

/// <summary>
/// An amount in rao (u64; 1 TAO = 10^9 rao), the unit of every balance, stake and alpha amount on chain.
/// Formats as btcli shows TAO: <c>τ1.000000000</c>.
/// </summary>
public readonly record struct Balance(ulong Rao) : IComparable<Balance>
{
    public const ulong RaoPerTao = 1_000_000_000;

    /// <summary>The 21M TAO supply cap in rao (subtensor TotalSupply).</summary>
    public static readonly Balance MaxSupply = new(21_000_000UL * RaoPerTao);

    public const char TaoSymbol = 'τ';

    public const char AlphaSymbol = 'α';

    public static Balance Zero => default;

    public static Balance FromTao(ulong tao) => new(checked(tao * RaoPerTao));

    /// <summary>Whole TAO part (floor).</summary>
    public ulong WholeTao => Rao / RaoPerTao;

    /// <summary>Formats with nine decimals and the τ (or another) symbol, as btcli does.</summary>
    public string ToTaoString(char symbol = TaoSymbol) =>
        string.Create(CultureInfo.InvariantCulture, $"{symbol}{Rao / RaoPerTao}.{Rao % RaoPerTao:D9}");

    public override string ToString() => ToTaoString();

    /// <summary>
    /// Parses a decimal TAO amount (an optional τ prefix, at most nine decimals) exactly, without floating point.
    /// </summary>
    public static bool TryParseTao(string? text, out Balance balance, out string? error)
    {
        balance = default;
        string s = (text ?? string.Empty).Trim().TrimStart(TaoSymbol).Trim();
        if (s.Length == 0)
        {
            error = "empty amount";
            return false;
        }

        int dot = s.IndexOf('.', StringComparison.Ordinal);
        string whole = dot < 0 ? s : s[..dot];
        string frac = dot < 0 ? string.Empty : s[(dot + 1)..];
        if (frac.Length > 9)
        {
            error = $"'{text}' has more than 9 decimals (1 rao = 0.000000001 TAO)";
            return false;
        }

        if ((whole.Length == 0 && frac.Length == 0) || !IsDigits(whole) || !IsDigits(frac))
        {
            error = $"'{text}' is not a TAO amount";
            return false;
        }

        if (!ulong.TryParse(whole.Length == 0 ? "0" : whole, NumberStyles.None, CultureInfo.InvariantCulture, out ulong w)
            || w > ulong.MaxValue / RaoPerTao)
        {
            error = $"'{text}' is too large";
            return false;
        }

        ulong f = frac.Length == 0 ? 0 : ulong.Parse(frac.PadRight(9, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        ulong rao = (w * RaoPerTao) + f;
        if (rao < w * RaoPerTao)
        {
            error = $"'{text}' is too large";
            return false;
        }

        balance = new Balance(rao);
        error = null;
        return true;
    }

    public int CompareTo(Balance other) => Rao.CompareTo(other.Rao);

    public static bool operator <(Balance left, Balance right) => left.Rao < right.Rao;

    public static bool operator >(Balance left, Balance right) => left.Rao > right.Rao;

    public static bool operator <=(Balance left, Balance right) => left.Rao <= right.Rao;

    public static bool operator >=(Balance left, Balance right) => left.Rao >= right.Rao;

    private static bool IsDigits(string s)
    {
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
