using System.Runtime.InteropServices;
using TorchSharp;

namespace TrainTasks.Torch.Training;

/// <summary>Process-wide TorchSharp settings a reproducible trial needs.</summary>
internal static class TorchSettings
{
    private static readonly Lock s_gate = new();
    private static bool s_interopThreadsSet;

    /// <summary>Seeds the global generator and fixes the thread count.</summary>
    /// <remarks>
    /// Limitation: TorchSharp 0.107.0 marks <c>use_deterministic_algorithms</c> as not implemented, so it is not
    /// called. On the CPU, with a fixed seed and thread count, the operations the trainer uses gave identical
    /// models run after run (a test holds to it); a nondeterministic kernel added later would not be caught here.
    /// </remarks>
    public static void Prepare(int seed, int threads)
    {
        SetInteropThreadsOnce(threads);
        torch.set_num_threads(threads);
        torch.manual_seed(seed);
    }

    // libtorch accepts the interop thread count only once, before its first parallel work; later
    // calls throw, so the first trial's count stays for the process.
    private static void SetInteropThreadsOnce(int threads)
    {
        lock (s_gate)
        {
            if (s_interopThreadsSet)
            {
                return;
            }

            s_interopThreadsSet = true;
            try
            {
                torch.set_num_interop_threads(threads);
            }
            catch (Exception exception) when (exception is ExternalException or InvalidOperationException)
            {
                // Another component set it first; the count it chose stays.
            }
        }
    }
}
