import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router/dom";
import { setAccessTokenSource } from "./api/client.ts";
import { createQueryClient } from "./app/query-client.ts";
import { createRouter } from "./app/router.tsx";
import { readWebConfig, WebConfigError } from "./config/web-config.ts";
import { AuthProvider, getAccessToken, preloadAuth, setAuthConfig } from "./features/auth/index.ts";
import { startI18n } from "./i18n/index.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

/** A deployment built without its settings cannot sign anyone in: say so, in both languages. */
function showConfigError(error: WebConfigError): void {
  console.error(error.message);
  const main = document.createElement("main");
  const lines = {
    en: "This site is not configured correctly; please try again later.",
    fr: "Ce site n’est pas configuré correctement ; veuillez réessayer plus tard.",
  };
  for (const [lang, text] of Object.entries(lines)) {
    const line = main.appendChild(document.createElement("p"));
    line.lang = lang;
    line.textContent = text;
  }
  root?.replaceChildren(main);
}

async function start(): Promise<void> {
  try {
    setAuthConfig(readWebConfig(import.meta.env));
    setAccessTokenSource(getAccessToken);
  } catch (error) {
    if (error instanceof WebConfigError) return showConfigError(error);
    throw error;
  }
  // Start the first page's chunk, and Amplify if there may be a session, downloading
  // while the catalogue loads.
  const router = createRouter();
  preloadAuth();
  await startI18n();
  const queryClient = createQueryClient();
  createRoot(root as HTMLElement).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
