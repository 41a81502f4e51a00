using System.Globalization;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Epistula;

/// <summary>
/// Verifies Epistula requests (atom <c>Epistula.verify_signature</c>): well-formed headers, not stale, signed by the
/// claimed hotkey over the body; plus, stricter than atom, no future timestamps, an optional required receiver, and
/// replay rejection of uuids within the window. Thread-safe.
/// </summary>
public sealed class EpistulaVerifier
{
    private readonly EpistulaVerifierOptions _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Uuid, long Timestamp)> _order = new();
    private readonly Lock _lock = new();
    private long _floor = long.MinValue;

    /// <summary>Creates a verifier.</summary>
    public EpistulaVerifier(EpistulaVerifierOptions? options = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new EpistulaVerifierOptions();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Verifies a request given a header lookup (case-insensitive names) and the raw body.</summary>
    public EpistulaVerification Verify(Func<string, string?> header, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(header);
        return Verify(
            header(EpistulaProtocol.RequestSignatureHeader),
            body,
            header(EpistulaProtocol.TimestampHeader),
            header(EpistulaProtocol.UuidHeader),
            header(EpistulaProtocol.SignedByHeader),
            header(EpistulaProtocol.SignedForHeader));
    }

    /// <summary>Verifies the parts of a request.</summary>
    public EpistulaVerification Verify(string? signature, ReadOnlySpan<byte> body, string? timestamp, string? uuid, string? signedBy, string? signedFor)
    {
        if (signature is null || signature.Length != 130 || !signature.StartsWith("0x", StringComparison.Ordinal))
        {
            return EpistulaVerification.Fail("Validation Error: signature must be 0x followed by 128 hex digits", signedBy, signedFor, 0, uuid);
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out long ts))
        {
            return EpistulaVerification.Fail("Validation Error: timestamp must be an integer of milliseconds", signedBy, signedFor, 0, uuid);
        }

        if (uuid is null || uuid.Length != 36)
        {
            return EpistulaVerification.Fail("Validation Error: uuid must be 36 characters", signedBy, signedFor, ts, uuid);
        }

        if (signedBy is null || !Ss58.TryDecode(signedBy, out _, out _, out _))
        {
            return EpistulaVerification.Fail("Validation Error: signed_by must be an SS58 address", signedBy, signedFor, ts, uuid);
        }

        string? receiver = string.IsNullOrEmpty(signedFor) ? null : signedFor;
        if (_options.RequiredSignedFor is not null && !string.Equals(receiver, _options.RequiredSignedFor, StringComparison.Ordinal))
        {
            return EpistulaVerification.Fail($"Request is not signed for {_options.RequiredSignedFor}", signedBy, receiver, ts, uuid);
        }

        long now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (ts + (long)_options.AllowedDelta.TotalMilliseconds < now)
        {
            return EpistulaVerification.Fail("Request is too stale", signedBy, receiver, ts, uuid);
        }

        if (ts - (long)_options.MaxFutureSkew.TotalMilliseconds > now)
        {
            return EpistulaVerification.Fail("Request timestamp is in the future", signedBy, receiver, ts, uuid);
        }

        string message = EpistulaProtocol.RequestMessage(body, uuid, ts, receiver);
        if (!SynapseSignatures.Verify(signedBy, message, signature))
        {
            return EpistulaVerification.Fail("Signature Mismatch", signedBy, receiver, ts, uuid);
        }

        if (_options.RejectReplays && !Remember(signedBy + "/" + uuid, ts, now))
        {
            return EpistulaVerification.Fail("Request replayed: this uuid was already accepted", signedBy, receiver, ts, uuid);
        }

        return new EpistulaVerification(true, null, signedBy, receiver, ts, uuid);
    }

    /// <summary>True when one of the three secret signatures verifies for the receiver's current time interval.</summary>
    public static bool VerifySecretSignatures(Func<string, string?> header, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(header);
        string? signedBy = header(EpistulaProtocol.SignedByHeader);
        string? signedFor = header(EpistulaProtocol.SignedForHeader);
        if (signedBy is null || string.IsNullOrEmpty(signedFor))
        {
            return false;
        }

        // The receiver checks the interval of its own clock (offset 0 of "now").
        string expected = EpistulaProtocol.SecretMessage(nowMs, 1, signedFor);
        for (int i = 0; i < 3; i++)
        {
            string? signature = header(EpistulaProtocol.SecretSignaturePrefix + i.ToString(CultureInfo.InvariantCulture));
            if (signature is not null && SynapseSignatures.Verify(signedBy, expected, signature))
            {
                return true;
            }
        }

        return false;
    }

    private bool Remember(string id, long timestamp, long now)
    {
        long horizon = now - (long)_options.AllowedDelta.TotalMilliseconds - (long)_options.MaxFutureSkew.TotalMilliseconds;
        lock (_lock)
        {
            if (timestamp <= _floor)
            {
                return false;
            }

            while (_order.Count > 0 && (_order.Peek().Timestamp < horizon || _order.Count >= _options.ReplayCacheCapacity))
            {
                (string oldId, long oldTs) = _order.Dequeue();
                if (oldTs >= horizon)
                {
                    // Forgotten while still inside the window: nothing at or before it may be accepted any more.
                    _floor = Math.Max(_floor, oldTs);
                }

                if (_seen.TryGetValue(oldId, out long stored) && stored == oldTs)
                {
                    _seen.Remove(oldId);
                }
            }

            if (!_seen.TryAdd(id, timestamp))
            {
                return false;
            }

            _order.Enqueue((id, timestamp));
            return true;
        }
    }
}
