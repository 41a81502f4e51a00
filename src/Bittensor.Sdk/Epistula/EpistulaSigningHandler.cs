using Bittensor.Core.Crypto;

namespace Bittensor.Sdk.Epistula;

/// <summary>
/// An <see cref="HttpClient"/> handler that signs every outgoing request with Epistula headers (the body is read
/// and re-sent as bytes). The receiver comes from <see cref="SignedForKey"/> on the request, else the constructor.
/// </summary>
public sealed class EpistulaSigningHandler : DelegatingHandler
{
    private readonly KeyPair _signer;
    private readonly string? _signedFor;
    private readonly TimeProvider _time;

    /// <summary>Per-request receiver address (<c>request.Options.Set(EpistulaSigningHandler.SignedForKey, ss58)</c>).</summary>
    public static HttpRequestOptionsKey<string> SignedForKey { get; } = new("Epistula-Signed-For");

    /// <summary>Creates the handler over <paramref name="inner"/> (a new <see cref="SocketsHttpHandler"/> when null).</summary>
    public EpistulaSigningHandler(KeyPair signer, string? signedFor = null, HttpMessageHandler? inner = null, TimeProvider? timeProvider = null)
        : base(inner ?? new SocketsHttpHandler())
    {
        ArgumentNullException.ThrowIfNull(signer);
        _signer = signer;
        _signedFor = signedFor;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        byte[] body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (request.Content is not null)
        {
            ByteArrayContent copy = new(body);
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Content.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            request.Content = copy;
        }

        string? signedFor = request.Options.TryGetValue(SignedForKey, out string? target) ? target : _signedFor;
        foreach (KeyValuePair<string, string> header in EpistulaProtocol.CreateHeaders(_signer, body, signedFor, _time))
        {
            request.Headers.Remove(header.Key);
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
