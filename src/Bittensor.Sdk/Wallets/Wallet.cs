using Bittensor.Core.Crypto;

namespace Bittensor.Sdk.Wallets;

/// <summary>
/// A bittensor wallet on disk (btwallet src/wallet.rs): <c>&lt;path&gt;/&lt;name&gt;/coldkey</c>,
/// <c>coldkeypub.txt</c>, <c>hotkeys/&lt;hotkey&gt;</c> and <c>hotkeys/&lt;hotkey&gt;pub.txt</c>. Secrets are
/// written only on request: every write refuses to replace an existing file unless <c>overwrite</c> is true.
/// </summary>
public sealed class Wallet
{
    private KeyPair? _coldkey;
    private KeyPair? _hotkey;

    /// <summary>Creates a wallet handle; each null argument falls back to its <c>BT_WALLET_*</c> variable, then the default.</summary>
    /// <param name="name">Wallet (coldkey) name; default "default".</param>
    /// <param name="hotkey">Hotkey name; default "default".</param>
    /// <param name="path">Wallets directory; default "~/.bittensor/wallets/".</param>
    /// <param name="keyCache">Optional cache of derived <c>$NACL</c> keys (tests, long-running processes).</param>
    public Wallet(string? name = null, string? hotkey = null, string? path = null, NaclKeyCache? keyCache = null)
    {
        Name = name ?? Environment.GetEnvironmentVariable(WalletPaths.NameVariable) ?? WalletPaths.DefaultName;
        HotkeyName = hotkey ?? Environment.GetEnvironmentVariable(WalletPaths.HotkeyVariable) ?? WalletPaths.DefaultHotkey;
        Path = path ?? Environment.GetEnvironmentVariable(WalletPaths.PathVariable) ?? WalletPaths.DefaultPath;
        ValidateName(Name, nameof(name));
        ValidateName(HotkeyName, nameof(hotkey));
        KeyCache = keyCache;
        string root = WalletPaths.ExpandHome(Path);
        Directory = System.IO.Path.Combine(root, Name);
        ColdkeyFile = new Keyfile(System.IO.Path.Combine(Directory, "coldkey"), keyCache);
        ColdkeyPubFile = new Keyfile(System.IO.Path.Combine(Directory, "coldkeypub.txt"), keyCache);
        HotkeyFile = new Keyfile(System.IO.Path.Combine(Directory, "hotkeys", HotkeyName), keyCache);
        HotkeyPubFile = new Keyfile(System.IO.Path.Combine(Directory, "hotkeys", HotkeyName + "pub.txt"), keyCache);
    }

    /// <summary>Wallet (coldkey) name.</summary>
    public string Name { get; }

    /// <summary>Hotkey name.</summary>
    public string HotkeyName { get; }

    /// <summary>Wallets directory as given (before <c>~</c> expansion).</summary>
    public string Path { get; }

    /// <summary>This wallet's directory, <c>&lt;path&gt;/&lt;name&gt;</c>, expanded.</summary>
    public string Directory { get; }

    /// <summary>Derived-key cache, if any.</summary>
    public NaclKeyCache? KeyCache { get; }

    /// <summary>The coldkey file.</summary>
    public Keyfile ColdkeyFile { get; }

    /// <summary>The public coldkey file (never encrypted).</summary>
    public Keyfile ColdkeyPubFile { get; }

    /// <summary>The hotkey file.</summary>
    public Keyfile HotkeyFile { get; }

    /// <summary>The public hotkey file (never encrypted).</summary>
    public Keyfile HotkeyPubFile { get; }

    /// <summary>
    /// Creates a new coldkey from a fresh mnemonic, writes <c>coldkey</c> (encrypted when <paramref name="password"/>
    /// is not null) and <c>coldkeypub.txt</c>, and returns the mnemonic for the caller to show once.
    /// </summary>
    /// <exception cref="KeyfileExistsException">Either file exists and <paramref name="overwrite"/> is false; nothing is written.</exception>
    public string CreateColdkey(string? password, int words = 12, bool overwrite = false)
    {
        string phrase = Mnemonic.Generate(words);
        SetColdkey(KeyfileData.FromMnemonic(phrase), password, overwrite);
        return phrase;
    }

    /// <summary>Creates a new hotkey from a fresh mnemonic (unencrypted unless a password is given); returns the mnemonic.</summary>
    /// <exception cref="KeyfileExistsException">Either file exists and <paramref name="overwrite"/> is false; nothing is written.</exception>
    public string CreateHotkey(string? password = null, int words = 12, bool overwrite = false)
    {
        string phrase = Mnemonic.Generate(words);
        SetHotkey(KeyfileData.FromMnemonic(phrase), password, overwrite);
        return phrase;
    }

    /// <summary>Regenerates the coldkey (and its public file) from a mnemonic, seed, JSON export or URI.</summary>
    public void RegenerateColdkey(KeySource source, string? password, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        SetColdkey(source.Create(), password, overwrite);
    }

    /// <summary>Regenerates the hotkey (and its public file).</summary>
    public void RegenerateHotkey(KeySource source, string? password = null, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        SetHotkey(source.Create(), password, overwrite);
    }

    /// <summary>Writes <c>coldkeypub.txt</c> from an SS58 address or a <c>0x</c>-hex public key.</summary>
    /// <exception cref="FormatException">Neither a valid address nor a 32-byte key.</exception>
    public void RegenerateColdkeyPub(string ss58OrPublicKey, bool overwrite = false) =>
        ColdkeyPubFile.Write(KeyfileData.PublicOnly(ss58OrPublicKey), null, overwrite);

    /// <summary>Writes <c>hotkeys/&lt;hotkey&gt;pub.txt</c> from an SS58 address or a <c>0x</c>-hex public key.</summary>
    public void RegenerateHotkeyPub(string ss58OrPublicKey, bool overwrite = false) =>
        HotkeyPubFile.Write(KeyfileData.PublicOnly(ss58OrPublicKey), null, overwrite);

    /// <summary>Writes a coldkey payload and its public file.</summary>
    public void SetColdkey(KeyfileData data, string? password, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(data);
        EnsureWritable(overwrite, ColdkeyFile, ColdkeyPubFile);
        ColdkeyFile.Write(data, password, overwrite);
        ColdkeyPubFile.Write(data.ToPublic(), null, overwrite);
        _coldkey = null;
    }

    /// <summary>Writes a hotkey payload and its public file.</summary>
    public void SetHotkey(KeyfileData data, string? password, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(data);
        EnsureWritable(overwrite, HotkeyFile, HotkeyPubFile);
        HotkeyFile.Write(data, password, overwrite);
        HotkeyPubFile.Write(data.ToPublic(), null, overwrite);
        _hotkey = null;
    }

    /// <summary>Decrypts (once per instance) and returns the coldkey.</summary>
    public KeyPair UnlockColdkey(PasswordSource? password = null) => _coldkey ??= ColdkeyFile.Read(password).ToKeyPair();

    /// <summary>Loads (once per instance) and returns the hotkey.</summary>
    public KeyPair UnlockHotkey(PasswordSource? password = null) => _hotkey ??= HotkeyFile.Read(password).ToKeyPair();

    /// <summary>The public coldkey from <c>coldkeypub.txt</c>.</summary>
    public KeyfileData GetColdkeyPub() => ColdkeyPubFile.Read();

    /// <summary>The public hotkey from its pub file, or from the (unencrypted) hotkey file when the pub file is missing.</summary>
    public KeyfileData GetHotkeyPub(PasswordSource? password = null) =>
        HotkeyPubFile.Exists ? HotkeyPubFile.Read() : HotkeyFile.Read(password).ToPublic();

    /// <summary>A wallet with another hotkey name, sharing path and cache.</summary>
    public Wallet WithHotkey(string hotkey) => new(Name, hotkey, Path, KeyCache);

    /// <inheritdoc/>
    public override string ToString() => $"Wallet (Name: '{Name}', Hotkey: '{HotkeyName}', Path: '{Path}')";

    private static void EnsureWritable(bool overwrite, params Keyfile[] files)
    {
        if (overwrite)
        {
            return;
        }

        foreach (Keyfile file in files)
        {
            if (file.Exists)
            {
                throw new KeyfileExistsException($"Keyfile at {file.Path} already exists; pass overwrite to replace it.");
            }
        }
    }

    private static void ValidateName(string value, string parameter)
    {
        if (value.Length == 0 || value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
            || value is "." or ".." || value.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{value}' is not a valid wallet or hotkey name (it must be a single path segment)", parameter);
        }
    }
}
