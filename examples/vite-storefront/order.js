// The order page's own code: the element from the package (its define module).
import 'seller-questions/order-help.js';
