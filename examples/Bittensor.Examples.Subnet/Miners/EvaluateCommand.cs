using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bittensor.Examples.Subnet.Data;
using Bittensor.Examples.Subnet.Model;
using Bittensor.Examples.Subnet.Neurons;
using Bittensor.Examples.Subnet.Validators;

namespace Bittensor.Examples.Subnet.Miners;

/// <summary>
/// <c>spam-subnet evaluate [--data DIR]</c>: offline, no chain. Trains the trained and weak models on the miners' split
/// and prints each answering kind's accuracy on the validators' held-out split (the copier answers as the miner it
/// copies, so it has no accuracy of its own).
/// </summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter output)
    {
        Option<string?> data = new("--data") { Description = "The SpamAssassin corpus directory." };
        Option<int> seed = new("--seed") { Description = "The lazy miner's seed.", DefaultValueFactory = _ => 1 };
        Command command = new("evaluate", "Print each miner kind's accuracy on the held-out split (offline).");
        command.Options.Add(data);
        command.Options.Add(seed);
        command.SetAction(async (parse, ct) =>
        {
            NeuronSettings settings = new("local", 0, "default", null, "default", parse.GetValue(data), parse.GetValue(seed));
            Stopwatch clock = Stopwatch.StartNew();
            IReadOnlyList<SpamMessage> corpus = settings.LoadCorpus();
            long loadMs = clock.ElapsedMilliseconds;
            IReadOnlyList<SpamMessage> training = CorpusSplit.Training(corpus);
            IReadOnlyList<SpamMessage> heldOut = CorpusSplit.HeldOut(corpus);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"corpus: {corpus.Count} messages ({corpus.Count(m => m.IsSpam)} spam) loaded in {loadMs} ms; training {training.Count}, held out {heldOut.Count} ({heldOut.Count(m => m.IsSpam)} spam)")).ConfigureAwait(false);
            foreach (MinerKind kind in new[] { MinerKind.Trained, MinerKind.Weak, MinerKind.Lazy })
            {
                clock.Restart();
                ISpamAnswerer answerer = kind switch
                {
                    MinerKind.Trained => ModelAnswerer.Trained(training),
                    MinerKind.Weak => ModelAnswerer.Weak(training),
                    _ => new LazyAnswerer(settings.Seed ?? 1),
                };
                long trainMs = clock.ElapsedMilliseconds;
                (double accuracy, double balanced) = await AccuracyAsync(answerer, heldOut, ct).ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{MinerCommand.Name(kind),-8} accuracy {accuracy:P1}  balanced {balanced:P1}  skill {MinerScoring.Skill((int)Math.Round(balanced * 1000), 1000):F3}  train {trainMs} ms")).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    /// <summary>Plain accuracy and balanced accuracy (the mean of the per-class recalls, what a validator's half/half batches measure).</summary>
    public static async Task<(double Accuracy, double Balanced)> AccuracyAsync(ISpamAnswerer answerer, IReadOnlyList<SpamMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(messages);
        int spamRight = 0, hamRight = 0, spam = 0, ham = 0;
        foreach (SpamMessage m in messages)
        {
            SpamPrediction? p = await answerer.AnswerAsync(m.Text, cancellationToken).ConfigureAwait(false);
            bool right = p?.IsSpam == m.IsSpam;
            if (m.IsSpam)
            {
                spam++;
                spamRight += right ? 1 : 0;
            }
            else
            {
                ham++;
                hamRight += right ? 1 : 0;
            }
        }

        double accuracy = messages.Count == 0 ? 0 : (double)(spamRight + hamRight) / messages.Count;
        double balanced = spam == 0 || ham == 0 ? accuracy : (((double)spamRight / spam) + ((double)hamRight / ham)) / 2;
        return (accuracy, balanced);
    }
}
