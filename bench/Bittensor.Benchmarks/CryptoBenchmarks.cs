using Bittensor.Core.Crypto;

namespace Bittensor.Benchmarks;

/// <summary>
/// Signature hot paths: every extrinsic the node admits pays one verify. The target is sr25519 verify at
/// ≥ 0.6× the throughput of libsodium's ed25519 verify.
/// </summary>
[MemoryDiagnoser]
public class CryptoBenchmarks
{
    private readonly byte[] _message = new byte[117]; // a typical signing payload (transfer_keep_alive)
    private readonly byte[] _srSecret = new byte[64];
    private readonly byte[] _srPublic = new byte[32];
    private readonly byte[] _srSignature = new byte[64];
    private readonly byte[] _edSecret = new byte[64];
    private readonly byte[] _edPublic = new byte[32];
    private readonly byte[] _edSignature = new byte[64];
    private readonly byte[] _signatureOut = new byte[64];
    private readonly ulong[] _keccakState = new ulong[25];
    private readonly byte[] _challenge = new byte[64];

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < _message.Length; i++)
        {
            _message[i] = (byte)i;
        }

        KeyPair sr = KeyPair.FromUri("//Alice");
        sr.ExportSr25519Secret().CopyTo(_srSecret, 0);
        sr.PublicKey.Span.CopyTo(_srPublic);
        Sr25519.Sign(_srSecret, _srPublic, _message, _srSignature);

        KeyPair ed = KeyPair.FromUri("//Alice", KeyScheme.Ed25519);
        Ed25519.KeyPairFromSeed(ed.Seed, _edPublic, _edSecret);
        Ed25519.Sign(_edSecret, _message, _edSignature);
    }

    [Benchmark]
    public void Sr25519_Sign() => Sr25519.Sign(_srSecret, _srPublic, _message, _signatureOut);

    [Benchmark]
    public bool Sr25519_Verify() => Sr25519.Verify(_srPublic, _message, _srSignature);

    [Benchmark(Baseline = true)]
    public bool Ed25519_Verify() => Ed25519.Verify(_edPublic, _message, _edSignature);

    [Benchmark]
    public void Keccak_F1600() => Keccak1600.Permute(_keccakState);

    /// <summary>The verifier's transcript work alone: context, message, proto-name, pk, R, 64-byte challenge.</summary>
    [Benchmark]
    public byte Merlin_SigningTranscript()
    {
        MerlinTranscript t = new("SigningContext"u8);
        t.AppendMessage([], "substrate"u8);
        t.AppendMessage("sign-bytes"u8, _message);
        t.AppendMessage("proto-name"u8, "Schnorr-sig"u8);
        t.AppendMessage("sign:pk"u8, _srPublic);
        t.AppendMessage("sign:R"u8, _srSignature.AsSpan(0, 32));
        t.ChallengeBytes("sign:c"u8, _challenge);
        return _challenge[0];
    }
}
