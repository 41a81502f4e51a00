using System.Text;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// Where the password to unlock a keyfile comes from. The caller chooses: a fixed value, an environment variable
/// (plain text), a file (first line), btwallet's obfuscated <c>BT_PW_…</c> variable, or a prompt callback (the CLI
/// wires its console prompt). <see cref="FirstOf"/> tries several in order.
/// </summary>
public abstract class PasswordSource
{
    /// <summary>The password, or null when this source has none (the next source is tried).</summary>
    public abstract string? GetPassword(PasswordRequest request);

    /// <summary>A fixed password.</summary>
    public static PasswordSource FromValue(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return new DelegateSource(_ => password);
    }

    /// <summary>The plain-text value of an environment variable (null when unset).</summary>
    public static PasswordSource FromEnvironment(string variableName)
    {
        ArgumentException.ThrowIfNullOrEmpty(variableName);
        return new DelegateSource(_ => Environment.GetEnvironmentVariable(variableName));
    }

    /// <summary>The first line of a file, without its line ending (null when the file does not exist).</summary>
    public static PasswordSource FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new DelegateSource(_ =>
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using StreamReader reader = new(path, Encoding.UTF8);
            return reader.ReadLine() ?? string.Empty;
        });
    }

    /// <summary>A prompt callback (for example a console prompt that hides input); it receives the request.</summary>
    public static PasswordSource FromPrompt(Func<PasswordRequest, string?> prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return new DelegateSource(prompt);
    }

    /// <summary>
    /// btwallet's per-keyfile variable <c>BT_PW_&lt;PATH&gt;</c>, whose value is base64(password XOR variable name)
    /// (btwallet src/keyfile.rs <c>get_password_from_environment</c>).
    /// </summary>
    public static PasswordSource BtwalletEnvironment { get; } = new DelegateSource(request =>
    {
        string? value = Environment.GetEnvironmentVariable(request.EnvironmentVariable);
        return value is null ? null : DecodeBtwalletPassword(value, request.EnvironmentVariable);
    });

    /// <summary>Tries each source in order; the first non-null password wins.</summary>
    public static PasswordSource FirstOf(params PasswordSource[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new DelegateSource(request =>
        {
            foreach (PasswordSource source in sources)
            {
                if (source.GetPassword(request) is { } password)
                {
                    return password;
                }
            }

            return null;
        });
    }

    /// <summary>Encodes a password the way btwallet's <c>save_password_to_env</c> stores it.</summary>
    public static string EncodeBtwalletPassword(string password, string variableName)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentException.ThrowIfNullOrEmpty(variableName);
        byte[] data = Encoding.UTF8.GetBytes(password);
        Xor(data, Encoding.UTF8.GetBytes(variableName));
        return Convert.ToBase64String(data);
    }

    /// <summary>Decodes a btwallet <c>BT_PW_…</c> value.</summary>
    /// <exception cref="KeyfileException">The value is not base64.</exception>
    public static string DecodeBtwalletPassword(string value, string variableName)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrEmpty(variableName);
        byte[] data;
        try
        {
            data = Convert.FromBase64String(value);
        }
        catch (FormatException ex)
        {
            throw new KeyfileException($"environment variable {variableName} is not btwallet's base64 password form", ex);
        }

        Xor(data, Encoding.UTF8.GetBytes(variableName));
        return Encoding.UTF8.GetString(data);
    }

    private static void Xor(byte[] data, byte[] key)
    {
        for (int i = 0; i < data.Length; i++)
        {
            data[i] ^= key[i % key.Length];
        }
    }

    private sealed class DelegateSource(Func<PasswordRequest, string?> get) : PasswordSource
    {
        public override string? GetPassword(PasswordRequest request) => get(request);
    }
}
