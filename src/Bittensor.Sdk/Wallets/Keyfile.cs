namespace Bittensor.Sdk.Wallets;

/// <summary>
/// One keyfile on disk (btwallet <c>Keyfile</c>): reads and decrypts any supported format, writes plain or
/// <c>$NACL</c> JSON with mode 0600, and never overwrites unless asked.
/// </summary>
public sealed class Keyfile
{
    /// <summary>Largest keyfile read (keyfiles are a few hundred bytes; anything larger is not one).</summary>
    public const int MaxSize = 64 * 1024;

    private const UnixFileMode FileMode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode DirectoryMode0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates a handle; nothing is read until asked.</summary>
    /// <param name="path">Path of the file (a leading <c>~/</c> is expanded).</param>
    /// <param name="keyCache">Optional cache of derived <c>$NACL</c> keys.</param>
    public Keyfile(string path, NaclKeyCache? keyCache = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = WalletPaths.ExpandHome(path);
        KeyCache = keyCache;
    }

    /// <summary>The expanded path.</summary>
    public string Path { get; }

    /// <summary>The derived-key cache in use, if any.</summary>
    public NaclKeyCache? KeyCache { get; }

    /// <summary>True when the file exists.</summary>
    public bool Exists => File.Exists(Path);

    /// <summary>btwallet's password variable: <c>BT_PW_</c> + the path with separators and dots as <c>_</c>, upper-cased.</summary>
    public string PasswordEnvironmentVariable =>
        "BT_PW_" + Path.Replace(System.IO.Path.DirectorySeparatorChar, '_').Replace('.', '_').ToUpperInvariant();

    /// <summary>The file's encryption format.</summary>
    /// <exception cref="KeyfileNotFoundException">No such file.</exception>
    public KeyfileEncryption Encryption => Detect(ReadRaw());

    /// <summary>True for any encrypted format.</summary>
    public bool IsEncrypted => Encryption is not (KeyfileEncryption.None or KeyfileEncryption.Unknown);

    /// <summary>Detects the format of keyfile bytes by prefix (btwallet <c>keyfile_data_encryption_method</c>).</summary>
    public static KeyfileEncryption Detect(ReadOnlySpan<byte> data)
    {
        if (NaclKeyfileCipher.IsNacl(data))
        {
            return KeyfileEncryption.Nacl;
        }

        if (data.StartsWith(AnsibleVault.Prefix))
        {
            return KeyfileEncryption.AnsibleVault;
        }

        if (data.StartsWith(LegacyFernet.Prefix))
        {
            return KeyfileEncryption.LegacyFernet;
        }

        ReadOnlySpan<byte> trimmed = data.TrimStart(" \t\r\n"u8);
        return !trimmed.IsEmpty && trimmed[0] == (byte)'{' ? KeyfileEncryption.None : KeyfileEncryption.Unknown;
    }

    /// <summary>The raw bytes.</summary>
    /// <exception cref="KeyfileNotFoundException">No such file.</exception>
    /// <exception cref="KeyfileCorruptException">Larger than <see cref="MaxSize"/>.</exception>
    public byte[] ReadRaw()
    {
        FileInfo info = new(Path);
        if (!info.Exists)
        {
            throw new KeyfileNotFoundException($"Keyfile at {Path} does not exist.");
        }

        if (info.Length > MaxSize)
        {
            throw new KeyfileCorruptException($"Keyfile at {Path} is {info.Length} bytes; a keyfile is at most {MaxSize} bytes.");
        }

        return File.ReadAllBytes(Path);
    }

    /// <summary>Reads, decrypts when needed (asking <paramref name="password"/>), and parses the keyfile.</summary>
    /// <exception cref="KeyfileNotFoundException">No such file.</exception>
    /// <exception cref="PasswordRequiredException">Encrypted, and no source gave a password.</exception>
    /// <exception cref="WrongPasswordException">The password does not decrypt it.</exception>
    /// <exception cref="KeyfileCorruptException">Damaged or unknown content.</exception>
    public KeyfileData Read(PasswordSource? password = null)
    {
        byte[] raw = ReadRaw();
        byte[] plain = Decrypt(raw, password);
        return KeyfileData.Parse(plain, $"Keyfile at {Path}");
    }

    /// <summary>Writes <paramref name="data"/>; <c>$NACL</c>-encrypted when <paramref name="password"/> is not null.</summary>
    /// <exception cref="KeyfileExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void Write(KeyfileData data, string? password, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(data);
        byte[] json = data.ToJsonBytes();
        WriteRaw(password is null ? json : NaclKeyfileCipher.Encrypt(json, password, KeyCache), overwrite);
    }

    /// <summary>Re-encrypts the file in place with <c>$NACL</c> (decrypting a legacy format first). A plain file is encrypted.</summary>
    public void Encrypt(PasswordSource currentPassword, string newPassword)
    {
        ArgumentNullException.ThrowIfNull(newPassword);
        KeyfileData data = Read(currentPassword);
        Write(data, newPassword, overwrite: true);
    }

    /// <summary>Decrypts the file in place to plain JSON.</summary>
    public void Decrypt(PasswordSource password)
    {
        KeyfileData data = Read(password);
        Write(data, null, overwrite: true);
    }

    /// <summary>Writes raw bytes with mode 0600; parent directories are created with mode 0700.</summary>
    /// <exception cref="KeyfileExistsException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public void WriteRaw(ReadOnlySpan<byte> bytes, bool overwrite)
    {
        string directory = System.IO.Path.GetDirectoryName(Path) ?? ".";
        CreateDirectory(directory);
        if (!overwrite)
        {
            // CreateNew is atomic: two writers cannot both succeed, and an existing file is never truncated.
            try
            {
                using FileStream stream = OpenNew(Path);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException) when (File.Exists(Path))
            {
                throw new KeyfileExistsException($"Keyfile at {Path} already exists; pass overwrite to replace it.");
            }

            return;
        }

        // Replace atomically: write a sibling temp file, then rename over the target.
        string temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Path)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            using (FileStream stream = OpenNew(temp))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    internal static void CreateDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        // Create every missing level with 0700 (CreateDirectory's mode applies only to the last one).
        Stack<string> missing = new();
        for (string? d = System.IO.Path.GetFullPath(directory); d is not null && !Directory.Exists(d); d = System.IO.Path.GetDirectoryName(d))
        {
            missing.Push(d);
        }

        while (missing.TryPop(out string? d))
        {
            Directory.CreateDirectory(d, DirectoryMode0700);
        }
    }

    private static FileStream OpenNew(string path)
    {
        FileStreamOptions options = new() { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode0600;
        }

        return new FileStream(path, options);
    }

    private byte[] Decrypt(byte[] raw, PasswordSource? password)
    {
        KeyfileEncryption format = Detect(raw);
        switch (format)
        {
            case KeyfileEncryption.None:
                return raw;
            case KeyfileEncryption.Unknown:
                throw new KeyfileCorruptException($"Keyfile at {Path} is neither JSON nor a known encrypted format ($NACL, $ANSIBLE_VAULT, legacy gAAAAA).");
        }

        PasswordRequest request = new(Path, PasswordEnvironmentVariable, format);
        string pw = password?.GetPassword(request)
            ?? throw new PasswordRequiredException($"Keyfile at {Path} is encrypted ({Describe(format)}); a password is required.");
        bool ok;
        byte[]? plain;
        switch (format)
        {
            case KeyfileEncryption.Nacl:
                ok = NaclKeyfileCipher.TryDecrypt(raw, pw, out plain, KeyCache);
                break;
            case KeyfileEncryption.AnsibleVault:
                ok = AnsibleVault.TryDecrypt(raw, pw, out plain);
                break;
            default:
                ok = LegacyFernet.TryDecrypt(raw, pw, out plain);
                break;
        }

        if (!ok || plain is null)
        {
            throw new WrongPasswordException($"Wrong password for decryption of keyfile {Path} ({Describe(format)}).");
        }

        return plain;
    }

    private static string Describe(KeyfileEncryption format) => format switch
    {
        KeyfileEncryption.Nacl => "NaCl",
        KeyfileEncryption.AnsibleVault => "Ansible Vault",
        KeyfileEncryption.LegacyFernet => "legacy Fernet",
        _ => format.ToString(),
    };

    /// <summary>The file's text for diagnostics: never the content.</summary>
    public override string ToString() => $"Keyfile({Path})";
}
