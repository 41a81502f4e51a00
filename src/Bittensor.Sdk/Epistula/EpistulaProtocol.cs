using System.Globalization;
using System.Security.Cryptography;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Epistula;

/// <summary>
/// Epistula v2 request signing (macrocosm-os/atom atom/epistula/epistula.py), the signed-plain-HTTP alternative
/// to synapses many subnets use: the sender's hotkey signs
/// <c>"{sha256_hex(body)}.{uuid}.{timestamp_ms}.{signed_for or ''}"</c> with sr25519, and the headers carry the
/// signature, timestamp, uuid and addresses.
/// </summary>
public static class EpistulaProtocol
{
    /// <summary>The protocol version sent in <see cref="VersionHeader"/>.</summary>
    public const string Version = "2";

    /// <summary>Header: protocol version.</summary>
    public const string VersionHeader = "Epistula-Version";

    /// <summary>Header: milliseconds since the Unix epoch.</summary>
    public const string TimestampHeader = "Epistula-Timestamp";

    /// <summary>Header: a fresh uuid per request.</summary>
    public const string UuidHeader = "Epistula-Uuid";

    /// <summary>Header: the sender's SS58 address.</summary>
    public const string SignedByHeader = "Epistula-Signed-By";

    /// <summary>Header: the intended receiver's SS58 address (optional).</summary>
    public const string SignedForHeader = "Epistula-Signed-For";

    /// <summary>Header: the request signature.</summary>
    public const string RequestSignatureHeader = "Epistula-Request-Signature";

    /// <summary>Prefix of the three time-window signatures sent with <see cref="SignedForHeader"/> (suffixes 0, 1, 2).</summary>
    public const string SecretSignaturePrefix = "Epistula-Secret-Signature-";

    /// <summary>Lower-case hex SHA-256 of the body bytes.</summary>
    public static string BodyDigest(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    /// <summary>The signed request message.</summary>
    public static string RequestMessage(ReadOnlySpan<byte> body, string uuid, long timestampMs, string? signedFor)
    {
        ArgumentNullException.ThrowIfNull(uuid);
        return string.Create(CultureInfo.InvariantCulture, $"{BodyDigest(body)}.{uuid}.{timestampMs}.{signedFor ?? string.Empty}");
    }

    /// <summary>
    /// The message of secret signature <paramref name="index"/> (0, 1, 2 for offsets −1, 0, +1):
    /// <c>"{ceil(ts/1e4)*1e4 + offset}.{signed_for}"</c>, where the interval is a Python float and prints with <c>.0</c>.
    /// </summary>
    public static string SecretMessage(long timestampMs, int index, string signedFor)
    {
        ArgumentNullException.ThrowIfNull(signedFor);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, 2);
        double interval = Math.Ceiling(timestampMs / 1e4) * 1e4;
        return $"{PythonStr.FloatRepr(interval + (index - 1))}.{signedFor}";
    }

    /// <summary>Signs a request now, with a fresh uuid.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> CreateHeaders(KeyPair signer, ReadOnlySpan<byte> body, string? signedFor = null, TimeProvider? timeProvider = null)
    {
        TimeProvider time = timeProvider ?? TimeProvider.System;
        DateTimeOffset now = time.GetUtcNow();
        return CreateHeaders(signer, body, signedFor, now.ToUnixTimeMilliseconds(), NewUuid());
    }

    /// <summary>Signs a request with an explicit timestamp and uuid (tests, vectors).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> CreateHeaders(KeyPair signer, ReadOnlySpan<byte> body, string? signedFor, long timestampMs, string uuid)
    {
        ArgumentNullException.ThrowIfNull(signer);
        List<KeyValuePair<string, string>> headers =
        [
            new(VersionHeader, Version),
            new(TimestampHeader, timestampMs.ToString(CultureInfo.InvariantCulture)),
            new(UuidHeader, uuid),
            new(SignedByHeader, signer.ToSs58()),
            new(RequestSignatureHeader, SynapseSignatures.Sign(signer, RequestMessage(body, uuid, timestampMs, signedFor))),
        ];
        if (!string.IsNullOrEmpty(signedFor))
        {
            headers.Add(new(SignedForHeader, signedFor));
            for (int i = 0; i < 3; i++)
            {
                headers.Add(new(SecretSignaturePrefix + i.ToString(CultureInfo.InvariantCulture), SynapseSignatures.Sign(signer, SecretMessage(timestampMs, i, signedFor))));
            }
        }

        return headers;
    }

    /// <summary>A random (version 4) uuid, as Python <c>uuid4()</c>.</summary>
    public static string NewUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
        string hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
