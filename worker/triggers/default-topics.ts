/**
 * The topics every site starts with (pattern syntax: phrase-pattern.ts).
 * Critical topics send the visitor to a person only when the AI is unsure;
 * forced topics always do. Patterns name what makes a topic sensitive (a
 * dispute, a request, a threat), and `exclude` keeps plain questions about
 * policies, fees and status with the AI ("what is your refund policy?").
 */
export interface TopicDefinition {
  name: string;
  label: string;
  patterns: string[];
  exclude: string[];
}
export interface ForcedTopicDefinition extends TopicDefinition {
  action: "handoff" | "offer";
}

const COMPLAINT_PATTERNS = [
  "complain*", "complaint*", "grievance*", "reclam*", "reclamation*", "reclamo*", "reclamacion*", "reclamacao*", "queja*", "quejarme",
  "plainte*", "beschwer*", "reklamation*", "lamentel*", "klacht*",
  "claim against", "file/filing/lodge/lodging/make/making/submit/submitting/raise/register/open/put claim/claims",
  "formal complaint", "bad/terrible/awful/horrible/poor/disappointing experience",
];

export const DEFAULT_CRITICAL_TOPICS: TopicDefinition[] = [
  {
    name: "billing_dispute",
    label: "Billing dispute",
    patterns: [
      "charged/billed/paid/debited twice", "double charged/billed/charge/payment", "overcharg*", "over charged",
      "wrong/incorrect/unknown/unrecognized/unrecognised/unexpected charge/charges/amount/bill/invoice",
      "unauthori* charge/charges/payment/payments/transaction/debit", "didn't/never authorize/authorise",
      "did not authorize/authorise",
      "dispute/disputing/contest charge/charges/payment/bill/invoice/transaction", "chargeback*", "charge back",
      "still/keep/kept/again charged/charging/billed/billing", "charged after cancel*",
      "billing/payment/payments error/errors/mistake/problem/problems/issue/issues/failure/failed",
      "problem/problems/issue/issues/error/errors/trouble/troubles with payment/payments/billing/charge/checkout",
      "money taken/deducted twice", "cobro indebido", "doble cargo", "cobrado dos veces", "preleve deux fois",
      "double prelevement", "doppelt abgebucht", "falsche abbuchung", "cobrado duas vezes", "addebito doppio",
      "dubbel afgeschreven",
    ],
    exclude: [],
  },
  {
    name: "refund",
    label: "Refund request",
    patterns: [
      "refund*", "reimburs*", "money back", "compensation*", "restitution*", "rebate*", "reembolso*", "remboursement*",
      "ruckerstattung*", "rimborso*", "terugbetaling*",
    ],
    exclude: [
      "policy/policies", "which/what case/cases", "situation*", "circumstance*", "how long", "guarantee",
      "track*", "status", "wait/waiting for", "expect*", "processed", "eligib*", "news", "anything new", "update/updates",
      "=refundable/=reimbursable", "long take/takes",
      // The same questions in the other six languages: how long, when, how it works, the policy, the status.
      "cuanto/cuantos/cuanta tarda/tardan/dias/tiempo", "cuando", "como funciona/funcionan", "politica/politicas", "plazo/plazos",
      "combien jours/temps", "quand", "comment fonctionne/passe", "politique", "delai/delais", "suivi",
      "wie lange", "wie viele tage", "wann", "wie lauft/funktioniert", "richtlinie", "frist", "status",
      "quanto tempo", "quantos dias", "quando", "como funciona", "prazo",
      "quanti giorni", "come funziona", "tempi",
      "hoe lang", "hoeveel dagen", "wanneer", "hoe werkt", "beleid", "termijn",
    ],
  },
  {
    name: "cancellation",
    label: "Cancellation",
    patterns: [
      "cancel*/terminate/terminating/discontinue/stop account/subscription/membership/contract/plan/service/order/purchase/renewal",
      "close/closing/delete/deleting/remove/removing/deactivate/deactivating account/profile/membership/subscription",
      "cancel*/terminat* my/the/this", "cancelar*", "annuler*", "kundigen", "kundigung", "stornieren",
      "stornierung", "annullare", "disdire", "disdetta", "opzeggen", "annuleren",
    ],
    exclude: [
      "fee/fees/charge/charges/penalty/penalties/cost/costs", "penalt*", "how much", "policy", "newsletter", "email/emails/mailing",
      // Fees and costs in the other six languages ("¿cuesta algo cancelar?", "kostet die Stornierung etwas?").
      "cuesta/coste/costo/gastos/penalizacion", "payant/frais/coute", "kostet/kosten/gebuhr", "custo/custa/taxa", "costa/penale", "kost",
    ],
  },
  {
    name: "account_security",
    label: "Account security",
    patterns: [
      "hacked", "hack*", "compromised", "unauthori* access/login/logins/purchase/purchases/transaction/transactions/activity/use",
      "someone/somebody/stranger logged/accessed/using/used/changed/took/entered",
      "stolen/stole account/card/password/identity/credentials", "identity theft", "fraud*", "phish*", "scam*",
      "suspicious login/logins/activity/email/emails/charge/transaction", "account takeover", "not me who",
      "hackeado*", "hackeada*", "gehackt", "betrug", "frode", "oplichting", "fraude",
    ],
    exclude: [],
  },
  {
    name: "legal",
    label: "Legal question",
    patterns: [
      "legal", "legally", "illegal*", "law", "laws", "liabilit*", "liable", "consumer rights/protection", "statutory",
      "terms of service/use", "terms and conditions", "copyright*", "trademark*", "subpoena", "police", "juridi*",
      "rechtlich*", "ilegal", "illegale", "wettelijk",
    ],
    exclude: [],
  },
  { name: "complaint", label: "Complaint", patterns: COMPLAINT_PATTERNS, exclude: [] },
];

export const DEFAULT_FORCED_TOPICS: ForcedTopicDefinition[] = [
  {
    name: "legal_threat",
    label: "Legal threat",
    action: "handoff",
    patterns: [
      "sue/suing/sued you/your/ur/u/them/company/business/store/shop", "will/gonna/shall/i'll/we'll sue",
      "going/planning/want/intend to sue", "am/i'm/we're suing", "lawsuit*", "lawyer*", "attorney*", "solicitor*",
      "legal action/actions/proceedings/steps",
      "take/taking/see you court", "small claims", "class action", "report you", "ombudsman",
      "trading standards", "better business bureau", "abogado*",
      // Spanish "demandar" (to sue) is one letter from French "demander" (to ask): its forms, exactly.
      "=demandar/=demandaros/=demandarlos/=demandarles/=demandare/=demandaremos/=demandado/=demanda", "denunciar*", "accion/acciones legal/legales/judicial",
      "avocat*", "poursuites", "en justice", "anwalt*", "verklagen", "klage", "rechtliche schritte",
      "advogado*", "acao judicial", "avvocat*", "denuncia*", "azioni legali", "vie legali", "advocaat*",
      "rechtszaak", "aanklagen", "juridische stappen", "tribunal*",
    ],
    exclude: [],
  },
  {
    name: "data_deletion",
    label: "Personal data request (GDPR)",
    action: "handoff",
    patterns: [
      "gdpr", "ccpa", "dsgvo", "rgpd", "lgpd", "right to be forgotten", "right to erasure", "right of access",
      "delete/erase/remove/wipe/purge/destroy/deleting/erasing/removing data/information/info",
      "delete/erase/remove/wipe/purge/destroy/deleting/erasing/removing personal data/information/info/details",
      "data deletion/erasure/removal", "subject access request", "dsar", "data you have/hold/store/keep about me",
      "don't sell my", "do not sell my", "borrar/eliminar/suprimir datos", "supprimer/effacer donnees", "daten loschen",
      "loschung daten", "apagar/excluir/eliminar dados", "cancellare/eliminare dati", "verwijder*/wis gegevens",
      "gegevens verwijderen/wissen",
    ],
    exclude: [],
  },
  {
    name: "enterprise_pricing",
    label: "Enterprise or volume pricing",
    action: "handoff",
    patterns: [
      "enterprise", "wholesale", "bulk", "volume discount/discounts/pricing/price/prices/license/licensing/order/orders/purchase",
      "large/big quantity/quantities", "custom quote/pricing/plan/contract", "request quote", "price quote",
      "reseller*", "distributor*", "b2b", "corporate account/plan/pricing/discount/order",
      "hundreds/thousands units/licenses/seats/items", "per seat", "mayorista*", "al por mayor", "precio por volumen",
      "grossiste*", "prix de gros", "en gros", "grosshandel*", "mengenrabatt*", "atacado", "ingrosso", "groothandel*",
      "volumekorting*",
    ],
    exclude: [],
  },
  {
    name: "formal_complaint",
    label: "Formal complaint",
    action: "offer",
    patterns: COMPLAINT_PATTERNS,
    exclude: [],
  },
];
