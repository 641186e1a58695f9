// Minimal types for the parts of jstat 1.9 used here (lib/experiments); the package ships none.
declare module "jstat" {
  interface JStat {
    normal: {
      cdf(x: number, mean: number, std: number): number;
      inv(p: number, mean: number, std: number): number;
    };
    chisquare: {
      cdf(x: number, dof: number): number;
    };
    beta: {
      pdf(x: number, alpha: number, beta: number): number;
      cdf(x: number, alpha: number, beta: number): number;
      sample(alpha: number, beta: number): number;
    };
    /** Natural logarithm of the beta function B(a, b). */
    betaln(a: number, b: number): number;
    /** Replaces the uniform random source used by the samplers (Math.random by default). */
    setRandom(random: () => number): void;
  }
  const jStat: JStat;
  export = jStat;
}
