using System.Net.Http.Headers;
using Bittensor.Core.Crypto;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Synapses;

namespace Bittensor.Sdk.Tests.Support;

/// <summary>
/// Builds a signed synapse request by hand from the protocol pieces (as a Python dendrite would), so tests can
/// tamper with any part of it before sending.
/// </summary>
internal sealed class RawRequest
{
    public required Uri Url { get; init; }

    public required byte[] Body { get; set; }

    public required List<KeyValuePair<string, string>> Headers { get; init; }

    public static RawRequest Create(AxonInfo target, Synapse synapse, KeyPair signer, long nonce, double timeout = 12.0, bool sign = true, string uuid = "6f1c2a3e-0b7d-11ef-9a2b-0242ac120002")
    {
        synapse.Name = synapse.SynapseName;
        synapse.Timeout = timeout;
        synapse.Dendrite = new TerminalInfo { Version = SdkVersion.AsInt, Nonce = nonce, Uuid = uuid, Hotkey = signer.ToSs58() };
        synapse.Axon = new TerminalInfo { Ip = target.Ip, Port = target.Port, Hotkey = target.Hotkey };
        string hash = synapse.ComputeBodyHash();
        if (sign)
        {
            synapse.Dendrite.Signature = SynapseSignatures.Sign(signer, SynapseSignatures.RequestMessage(nonce, signer.ToSs58(), target.Hotkey, uuid, hash));
        }

        byte[] body = synapse.ToJsonBytes();
        return new RawRequest
        {
            Url = new Uri($"{target.BaseAddress}/{synapse.SynapseName}"),
            Body = body,
            Headers = SynapseHeaders.Build(synapse, body.Length, hash),
        };
    }

    public static long NowNs() => (TimeProvider.System.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100;

    public void SetHeader(string name, string value)
    {
        Headers.RemoveAll(h => h.Key == name);
        Headers.Add(new(name, value));
    }

    public async Task<(int Status, string Body, HttpResponseMessage Response)> SendAsync(HttpClient client)
    {
        using HttpRequestMessage message = new(HttpMethod.Post, Url);
        message.Content = new ByteArrayContent(Body);
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach ((string key, string value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(key, value);
        }

        HttpResponseMessage response = await client.SendAsync(message);
        string text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text, response);
    }
}
