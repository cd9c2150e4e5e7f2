<?php
    $title = "Contoso Dev Days 2031";
    require($_SERVER["DOCUMENT_ROOT"]."/include/header.php");
?>
<div class="container">
  <h1>Contoso Dev Days 2031</h1>
  <p>Developers of the Contoso media tools meet in Lyon on the 12th of June 2031.</p>
  <h2>Schedule</h2>
  <table>
    <tr><td><b>09:30 - 10:00</b></td><td><b>Opening remarks</b> by Alice Fenwick <i>(Contoso)</i></td></tr>
    <tr><td><b>10:00 - 10:40</b></td><td><b>A faster subtitle renderer</b> by Bruno Okafor <i>(Fabrikam)</i></td></tr>
    <tr><td><b>10:40 - 11:00</b></td><td>Coffee break</td></tr>
  </table>
</div>
<?php require($_SERVER["DOCUMENT_ROOT"]."/include/footer.php"); ?>
