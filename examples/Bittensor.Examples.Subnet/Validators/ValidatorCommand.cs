using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bittensor.Examples.Subnet.Data;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Examples.Subnet.Protocol;
using Bittensor.Sdk.Axons;
using Bittensor.Sdk.Chain.Rpc;
using Bittensor.Sdk.Chain.Types;
using Bittensor.Sdk.Dendrites;

namespace Bittensor.Examples.Subnet.Validators;

/// <summary>
/// <c>spam-subnet validator</c>: keeps the held-out split, queries every serving miner each
/// <c>--query-interval-blocks</c> with the same balanced batch, scores correctness × latency into moving averages, and
/// every <c>--weights-interval-blocks</c> (never faster than the subnet's WeightsSetRateLimit) sets weights, by
/// commit-reveal when the subnet requires it.
/// </summary>
public static class ValidatorCommand
{
    /// <summary>Questions per miner per round (half spam, half ham).</summary>
    public const int BatchSize = 4;

    /// <summary>Seconds a miner has to answer one question.</summary>
    public const double QueryTimeoutSeconds = 2;

    public static Command Create(TextWriter output, TextWriter error)
    {
        NeuronOptions common = new();
        Option<int> queryInterval = new("--query-interval-blocks") { Description = "Blocks between query rounds.", DefaultValueFactory = _ => 2 };
        Option<int> weightsInterval = new("--weights-interval-blocks") { Description = "Blocks between weight submissions (at least the subnet's WeightsSetRateLimit).", DefaultValueFactory = _ => 5 };
        Command command = new("validator", "Query the miners with held-out mail, score them, and set weights.");
        common.AddTo(command);
        command.Options.Add(queryInterval);
        command.Options.Add(weightsInterval);
        command.SetAction((parse, ct) => RunAsync(common.Read(parse), parse.GetValue(queryInterval), parse.GetValue(weightsInterval), output, error, ct));
        return command;
    }

    /// <summary>Runs a validator until <paramref name="cancellationToken"/> fires; returns the exit code.</summary>
    public static async Task<int> RunAsync(NeuronSettings settings, int queryInterval, int weightsInterval, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (queryInterval < 1)
        {
            throw new SubnetException($"--query-interval-blocks must be at least 1, got {queryInterval}");
        }

        if (weightsInterval < 1)
        {
            throw new SubnetException($"--weights-interval-blocks must be at least 1, got {weightsInterval}");
        }

        IReadOnlyList<SpamMessage> heldOut = CorpusSplit.HeldOut(settings.LoadCorpus());
        await using ChainSession session = await ChainSession.OpenAsync(settings, cancellationToken).ConfigureAwait(false);
        SampleDeck deck;
        try
        {
            deck = new SampleDeck(heldOut, settings.Seed ?? session.Uid);
        }
        catch (ArgumentException ex)
        {
            throw new SubnetException($"the corpus's held-out split is unusable: {ex.Message}", ex);
        }

        SubnetHyperparameters hyper = await ReadHyperparametersAsync(session, cancellationToken).ConfigureAwait(false);
        using Dendrite dendrite = new(session.Hotkey);
        ScoreBoard board = new();
        WeightSubmitter weights = new(session, output, error);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"validator: {deck.SpamCount} spam + {deck.HamCount} ham held out; weights rate limit {hyper.WeightsRateLimit} blocks; commit-reveal {(hyper.CommitRevealWeightsEnabled ? "on" : "off")}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"validator ready uid={session.Uid}")).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);

        uint? lastQuery = null;
        try
        {
            await using JsonRpcSubscription heads = await session.Client.Rpc.SubscribeAsync("chain_subscribeNewHeads", [], "chain_unsubscribeNewHeads", cancellationToken: cancellationToken).ConfigureAwait(false);
            await foreach (JsonElement header in heads.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                uint block = HeaderNumber(header);
                if (lastQuery is null || block - lastQuery.Value >= queryInterval)
                {
                    lastQuery = block;
                    await QueryRoundAsync(session, dendrite, deck, board, cancellationToken).ConfigureAwait(false);
                }

                await weights.TryRevealAsync(block, cancellationToken).ConfigureAwait(false);
                ulong interval = Math.Max((ulong)weightsInterval, hyper.WeightsRateLimit);
                if (!weights.HasPendingCommit && (weights.LastUpdateBlock is null || block - weights.LastUpdateBlock.Value >= interval))
                {
                    (ushort[] uids, float[] values) = WeightNormalizer.Normalize(board.Scores, hyper.MaxWeightsLimit / 65535.0);
                    if (uids.Length > 0)
                    {
                        // Re-read: the owner may change the rate limit, commit-reveal or version key at any time.
                        hyper = await ReadHyperparametersAsync(session, cancellationToken).ConfigureAwait(false);
                        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"validator: scores {string.Join(' ', board.Scores.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}:{kv.Value:F3}"))}")).ConfigureAwait(false);
                        await weights.SubmitAsync(uids, values, hyper, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // SIGINT/SIGTERM.
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            throw new SubnetException("the chain's new-heads subscription ended");
        }

        await error.WriteLineAsync($"validator uid={session.Uid} stopped").ConfigureAwait(false);
        return 0;
    }

    /// <summary>
    /// One round: the same balanced batch to every serving miner, one miner at a time in a fresh random order, one
    /// question at a time. Sequential on purpose: a miner's latency then measures its own work (and, for a copier, the
    /// second round trip to the miner it copies, which is idle at that moment) rather than queueing behind the
    /// validator's other queries.
    /// </summary>
    public static async Task QueryRoundAsync(ChainSession session, Dendrite dendrite, SampleDeck deck, ScoreBoard board, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(dendrite);
        ArgumentNullException.ThrowIfNull(deck);
        ArgumentNullException.ThrowIfNull(board);
        IReadOnlyList<NeuronInfoLite> neurons = await session.NeuronsAsync(cancellationToken).ConfigureAwait(false);
        board.Retain(neurons.Select(n => n.Uid).ToHashSet());
        NeuronInfoLite[] miners = [.. neurons.Where(n => n.Uid != session.Uid && n.Axon.Ip != 0)];
        if (miners.Length == 0)
        {
            return;
        }

        SpamMessage[] batch = deck.Next(BatchSize);
        deck.Shuffle(miners);
        foreach (NeuronInfoLite miner in miners)
        {
            double score = await AskAsync(dendrite, miner.Axon.ToAxonInfo(miner.Hotkey, miner.Coldkey), batch, cancellationToken).ConfigureAwait(false);
            board.Update(miner.Uid, miner.Hotkey.ToSs58(), score);
        }
    }

    private static async Task<double> AskAsync(Dendrite dendrite, AxonInfo target, SpamMessage[] batch, CancellationToken cancellationToken)
    {
        List<MinerAnswer> answers = [];
        foreach (SpamMessage sample in batch)
        {
            SpamClassification reply = await dendrite.CallAsync(target, new SpamClassification { EmailText = sample.Text, Timeout = QueryTimeoutSeconds }, QueryTimeoutSeconds, cancellationToken).ConfigureAwait(false);
            double latency = reply.Dendrite?.ProcessTime ?? QueryTimeoutSeconds;
            if (!reply.IsSuccess)
            {
                // A failed miner gets no more of this round's questions (each would cost a full timeout); they count as wrong and slow.
                answers.AddRange(Enumerable.Repeat(new MinerAnswer(false, false, QueryTimeoutSeconds), batch.Length - answers.Count));
                break;
            }

            answers.Add(new MinerAnswer(reply.IsSpam is not null, reply.IsSpam == sample.IsSpam, latency));
        }

        return MinerScoring.RoundScore(answers);
    }

    private static async Task<SubnetHyperparameters> ReadHyperparametersAsync(ChainSession session, CancellationToken cancellationToken) =>
        await session.Client.GetSubnetHyperparametersAsync(session.Netuid, null, cancellationToken).ConfigureAwait(false)
            ?? throw new SubnetException($"subnet {session.Netuid} has no hyperparameters (was it removed?)");

    private static uint HeaderNumber(JsonElement header)
    {
        string number = header.GetProperty("number").GetString() ?? throw new FormatException("a new head without a number");
        return uint.Parse(number.StartsWith("0x", StringComparison.Ordinal) ? number[2..] : number, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
    }
}
