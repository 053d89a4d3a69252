export function readFrontmatter(file: string): Record<string, unknown>;
import type { StarlightUserConfig } from "@astrojs/starlight/types";
export function buildSidebar(root: string, focus?: "conditions" | "clinical-tests" | "exercises"): NonNullable<StarlightUserConfig["sidebar"]>;
