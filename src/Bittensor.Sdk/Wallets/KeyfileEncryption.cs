namespace Bittensor.Sdk.Wallets;

/// <summary>How a keyfile's bytes are protected, detected by prefix as btwallet <c>keyfile_data_encryption_method</c>.</summary>
public enum KeyfileEncryption
{
    /// <summary>Plain JSON.</summary>
    None,

    /// <summary><c>$NACL</c>: Argon2i + XSalsa20-Poly1305 (current format; read and written).</summary>
    Nacl,

    /// <summary><c>$ANSIBLE_VAULT</c>: ansible-vault 1.1 AES256 (legacy; read).</summary>
    AnsibleVault,

    /// <summary><c>gAAAAA</c>: Fernet with a PBKDF2 key, bittensor ≤ 6 (legacy; read).</summary>
    LegacyFernet,

    /// <summary>Not JSON and no known prefix.</summary>
    Unknown,
}
